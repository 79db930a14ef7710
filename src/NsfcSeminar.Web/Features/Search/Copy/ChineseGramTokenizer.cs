using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Chinese text as its overlapping pieces of one length, each at the position of its first
/// character: with 2, 加强基础研究 → 加强 强基 基础 础研 研究 (and the run's last character, 究,
/// alone, so that a one-character query can match any character); with 4, 加强基础 强基础研
/// 基础研究. Everything that is not a CJK ideograph separates runs, one position apart.
/// </summary>
internal sealed class ChineseGramTokenizer : Tokenizer
{
    private readonly int _length;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private int _start;
    private int _end;
    private int _gap;

    public ChineseGramTokenizer(TextReader input, int length)
        : base(input)
    {
        _length = length;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public static bool IsChinese(char c) => c is (>= '\u3400' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _start = -1;
        _end = 0;
        _gap = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            _start++;
            var increment = 1;
            if (_start >= _end)
            {
                while (_start < _text.Length && !IsChinese(_text[_start]))
                {
                    _start++;
                    _gap = 1;
                }

                if (_start >= _text.Length)
                {
                    return false;
                }

                _end = _start;
                while (_end < _text.Length && IsChinese(_text[_end]))
                {
                    _end++;
                }

                increment += _gap;
                _gap = 0;
            }

            var length = _start + _length <= _end ? _length : _length == 2 && _start == _end - 1 ? 1 : 0;
            if (length == 0)
            {
                // Too near the end of its run for a piece: the next run comes a position later.
                _gap = 1;
                continue;
            }

            _term.SetEmpty().Append(_text, _start, length);
            _increment.PositionIncrement = increment;
            _offset.SetOffset(CorrectOffset(_start), CorrectOffset(_start + length));
            return true;
        }
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_text.Length);
        _offset.SetOffset(end, end);
    }
}
