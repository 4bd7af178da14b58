namespace MLCourse.Text;

/// <summary>
/// What a spam filter reads of one e-mail: its subject, its sender, its text as a person would see it, whether it had an
/// HTML part, and all its header lines.
/// </summary>
/// <param name="Subject">The Subject header, decoded (e.g. <c>=?iso-8859-1?Q?...?=</c> becomes plain text); empty if there is none.</param>
/// <param name="From">The From header, decoded; empty if there is none.</param>
/// <param name="Body">The readable text: plain-text parts as they are, HTML parts turned into text, attachments left out.</param>
/// <param name="HasHtml">Whether the message had an HTML part (read or not: an alternative to a plain-text part counts).</param>
/// <param name="Headers">Every header as one <c>Field: value</c> line (decoded and unfolded), in the message's order.</param>
public sealed record Email(string Subject, string From, string Body, bool HasHtml, string Headers);
