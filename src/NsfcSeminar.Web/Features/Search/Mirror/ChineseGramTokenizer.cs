using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// Chinese text as every run of two to four characters, each at the position of its first
/// character (加强基础研究 → 加强 加强基 加强基础, 强基 强基础 强基础研, …). A query word of up to
/// four characters, the length of most Chinese terms, is then one term to look up rather than
/// a phrase of bigrams whose positions must be checked in every document (a common term matched
/// 120,000 of them); a longer word is a phrase of a few four-character pieces. The last character
/// of a run (or one alone) is kept as itself, so that a one-character query can match any
/// character. Everything that is not a CJK ideograph separates runs, one position apart.
/// </summary>
internal sealed class ChineseGramTokenizer : Tokenizer
{
    public const int Longest = 4;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private int _start;
    private int _length;
    private int _gap;
    private int _end;

    public ChineseGramTokenizer(TextReader input)
        : base(input)
    {
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
        _length = 0;
        _gap = 0;
        _end = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var increment = 0;
        if (_start < 0 || _length >= Math.Min(Longest, _end - _start))
        {
            // The next start: the next character of this run, or the first of the next run.
            _start++;
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
            }

            _length = 0;
            increment = 1 + _gap;
            _gap = 0;
        }

        _length = _end - _start == 1 ? 1 : Math.Max(2, _length + 1);
        _term.SetEmpty().Append(_text, _start, _length);
        _increment.PositionIncrement = increment;
        _offset.SetOffset(CorrectOffset(_start), CorrectOffset(_start + _length));
        return true;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_text.Length);
        _offset.SetOffset(end, end);
    }
}
