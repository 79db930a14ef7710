using NsfcSeminar.Data.Model;
using Lucene.Net.Analysis;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// The text for the word fields with every ideograph a space: the word tokenizer would make a
/// token of each only for the word fields to drop it, which was the costliest part of cutting
/// text half Chinese. The length is unchanged, so offsets (and snippets) hold.
/// </summary>
internal sealed class WithoutIdeographs(TextReader input) : CharFilter(input)
{
    protected override int Correct(int currentOff) => currentOff;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        for (var i = index; i < index + read; i++)
        {
            if (Languages.IsHan(buffer[i]))
            {
                buffer[i] = ' ';
            }
        }

        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c >= 0 && Languages.IsHan((char)c) ? ' ' : c;
    }
}
