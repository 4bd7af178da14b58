using System.Text;

namespace MLCourse.Data;

/// <summary>One e-mail exactly as a mail server stored it: header lines, an empty line, then the (MIME) body.</summary>
/// <param name="Id">Its id in the SpamAssassin table, <c>group/number</c>, e.g. <c>spam-1/00001</c>.</param>
/// <param name="Group">easy-ham-1, easy-ham-2, hard-ham-1, spam-1 or spam-2.</param>
/// <param name="Bytes">The raw message, byte for byte (what <c>MimeMessage.Load</c> reads).</param>
public sealed record RawEmail(string Id, string Group, byte[] Bytes)
{
    /// <summary>The raw message as text, to read (the course's sample messages are all valid UTF-8).</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>Whether the corpus files it as spam.</summary>
    public bool IsSpam => Group.StartsWith("spam", StringComparison.Ordinal);
}
