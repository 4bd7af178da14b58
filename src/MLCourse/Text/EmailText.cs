using MimeKit;

namespace MLCourse.Text;

/// <summary>
/// Turns a raw e-mail (headers and MIME body, as a mail server stores it) into the <see cref="Email"/> a spam filter reads.
/// MimeKit does the parsing: it decodes base64 and quoted-printable parts, character sets and encoded header words. This
/// class decides what counts as the message's text.
/// </summary>
public static class EmailText
{
    /// <summary>
    /// .NET knows only UTF-8, UTF-16, ASCII and Latin-1 until the code-page encodings are registered; without them MimeKit
    /// reads a Big5, GB2312 or windows-1252 part as Latin-1 (garbage). Registering is what MimeKit's documentation asks
    /// for, and it makes the text the same in every process (some hosts, like the notebook kernel, register them already).
    /// </summary>
    static EmailText() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Parses a raw message: the bytes of an <c>.eml</c> file, or one message of a mailbox.</summary>
    /// <exception cref="ArgumentException"><paramref name="raw"/> is empty.</exception>
    public static Email Parse(byte[] raw)
    {
        Require.NotNull(raw, nameof(raw), "the raw message's bytes");
        Require.That(raw.Length > 0, nameof(raw), "a message's header lines, an empty line, then its body", "an empty message (0 bytes)",
            "Give the bytes of a whole e-mail, as a mail server stored it.");
        using var stream = new MemoryStream(raw, writable: false);
        return FromMessage(MimeMessage.Load(stream));
    }

    /// <summary>The <see cref="Email"/> of a message MimeKit has already parsed.</summary>
    public static Email FromMessage(MimeMessage message)
    {
        Require.NotNull(message, nameof(message), "a parsed e-mail (MimeKit's MimeMessage)");
        var headers = string.Join("\n", message.Headers.Select(h => $"{h.Field}: {OneLine(h.Value)}"));
        return new Email(OneLine(message.Subject ?? ""), OneLine(message.Headers[HeaderId.From] ?? ""), BodyText(message.Body),
            HasHtml(message.Body), headers);
    }

    /// <summary>
    /// The readable text of a MIME entity: a plain-text part as it is, an HTML part as <see cref="HtmlText"/> reads it, of
    /// the alternatives of a <c>multipart/alternative</c> the plain one (else the HTML one), every part of any other
    /// multipart in order, and the body of an attached message. Attachments and non-text parts give no text.
    /// </summary>
    public static string BodyText(MimeEntity? entity) => entity switch
    {
        MultipartAlternative alternative => BodyText(Preferred(alternative)),
        Multipart multipart => string.Join("\n\n", multipart.Select(BodyText).Where(t => t.Length > 0)),
        MessagePart attached => BodyText(attached.Message?.Body),
        TextPart { IsAttachment: false } text when text.IsPlain => Tidy(text.Text),
        TextPart { IsAttachment: false } text when text.IsHtml => HtmlText.ToText(text.Text),
        _ => "",
    };

    /// <summary>Whether the entity is or holds an HTML part that is not an attachment.</summary>
    public static bool HasHtml(MimeEntity? entity) => entity switch
    {
        Multipart multipart => multipart.Any(HasHtml),
        MessagePart attached => HasHtml(attached.Message?.Body),
        TextPart { IsAttachment: false } text => text.IsHtml,
        _ => false,
    };

    /// <summary>Of a multipart/alternative, the plain-text alternative if there is one, else the HTML one, else the last (richest).</summary>
    private static MimeEntity? Preferred(MultipartAlternative alternative) =>
        alternative.FirstOrDefault(IsPlainText) ?? alternative.FirstOrDefault(e => e is TextPart { IsHtml: true } || e is Multipart) ?? alternative.LastOrDefault();

    private static bool IsPlainText(MimeEntity entity) => entity is TextPart { IsPlain: true } plain && Tidy(plain.Text).Length > 0;

    /// <summary>A header value on one line: runs of spaces, tabs and line breaks (left by unfolding) become one space.</summary>
    private static string OneLine(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Unix line ends, no trailing spaces on a line, no blank lines at either end.</summary>
    private static string Tidy(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd())).Trim('\n', ' ', '\t');
}
