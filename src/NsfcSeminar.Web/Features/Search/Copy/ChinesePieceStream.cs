using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// The overlapping pieces of one length cut from a text's <see cref="IdeographRuns"/>, each at the
/// position of its first character: with 2, 加强基础研究 → 加强 强基 基础 础研 研究 (and the run's last
/// character, 究, alone, so that a one-character query can match any character); with 4, 加强基础
/// 强基础研 基础研究. A run's first piece is a position after the piece before it (two after, when
/// anything stands before the run), so that no phrase spans two runs. Offsets are the text's own:
/// the Chinese fields have no character filter.
/// </summary>
internal sealed class ChinesePieceStream : TokenStream
{
    private readonly IdeographRuns _runs;
    private readonly int _length;
    private readonly CommonFours _kept;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private int _run;
    private int _start;

    /// <summary>A stream of its own, filled from <paramref name="runs"/> when reset (the build's
    /// documents); of the pieces of four, only those in <paramref name="kept"/>.</summary>
    public ChinesePieceStream(IdeographRuns runs, int length, CommonFours kept)
        : this(new AttributeSource(), runs, length, kept)
    {
    }

    /// <summary>The pieces written into <paramref name="attributes"/>' attributes (the analyser's tokenizer).</summary>
    public ChinesePieceStream(AttributeSource attributes, IdeographRuns runs, int length, CommonFours kept)
        : base(attributes)
    {
        (_runs, _length, _kept) = (runs, length, kept);
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _run = 0;
        _start = _runs.Count > 0 ? _runs.Start(0) : 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_run < _runs.Count)
        {
            var (runStart, runEnd) = (_runs.Start(_run), _runs.End(_run));
            var length = _start + _length <= runEnd ? _length : _length == 2 && _start == runEnd - 1 ? 1 : 0;
            if (length == 0)
            {
                // Too near the end of its run for a piece: on to the next run.
                if (++_run < _runs.Count)
                {
                    _start = _runs.Start(_run);
                }

                continue;
            }

            if (length == 4 && !_kept.Contains(_runs.Text.AsSpan(_start, 4)))
            {
                _start++;
                continue;
            }

            _term.SetEmpty().Append(_runs.Text, _start, length);
            _increment.PositionIncrement = _start == runStart && runStart > 0 ? 2 : 1;
            _offset.SetOffset(_start, _start + length);
            _start++;
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_runs.Text.Length, _runs.Text.Length);
    }
}
