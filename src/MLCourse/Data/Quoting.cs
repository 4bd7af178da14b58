namespace MLCourse.Data;

/// <summary>How a CSV field was written: bare, in quotes, or in quotes with a doubled quote inside (<c>"say ""hi"""</c>).</summary>
internal enum Quoting : byte
{
    None,
    Quoted,
    QuotedWithDoubledQuotes,
}
