using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Text;

namespace MLCourse.Tests.Library.Text;

/// <summary><see cref="HeaderLines"/> on a hand-written header block, in an ML.NET pipeline, and on bad input.</summary>
public sealed class HeaderLinesTests
{
    private const string Headers = "Received: from a by b\nDelivered-To: yyyy@example.com\nSubject: Re: hello\nreceived: from c by d\nX-Mailer: Mutt";

    [Fact]
    public void Removes_the_named_lines_ignoring_case_and_keeps_the_others_in_order()
    {
        Assert.Equal("Delivered-To: yyyy@example.com\nSubject: Re: hello\nX-Mailer: Mutt", HeaderLines.Remove(Headers, ["RECEIVED"]));
        Assert.Equal("Received: from a by b\nreceived: from c by d\nX-Mailer: Mutt", HeaderLines.Remove(Headers, ["subject", "Delivered-To"]));
        Assert.Equal("", HeaderLines.Remove("", ["Subject"]));
    }

    [Fact]
    public void Removing_is_an_estimator_that_writes_the_kept_lines_to_a_new_column()
    {
        var ml = new MLContext(seed: 1);
        var frame = new DataFrame(new StringDataFrameColumn("headers", [Headers, "Subject: hi"]));
        var kept = HeaderLines.Removing(ml, "kept", "headers", "Received", "Subject").Fit(frame).Transform(frame);
        Assert.Equal(["Delivered-To: yyyy@example.com\nX-Mailer: Mutt", ""], kept.GetColumn<string>("kept").ToArray());
        Assert.Equal([Headers, "Subject: hi"], kept.GetColumn<string>("headers").ToArray());
    }

    [Fact]
    public void Bad_input_is_refused_with_what_to_do()
    {
        var ml = new MLContext(seed: 1);
        Assert.Throws<ArgumentNullException>(() => HeaderLines.Remove(null!, ["Subject"]));
        Assert.Contains("at least one header field name", Assert.Throws<ArgumentException>(() => HeaderLines.Remove(Headers, [])).Message);
        Assert.Contains("not \"Delivered-To:\"", Assert.Throws<ArgumentException>(() => HeaderLines.Removing(ml, "kept", "headers", "Received:")).Message);
        Assert.Contains("a column name", Assert.Throws<ArgumentException>(() => HeaderLines.Removing(ml, "", "headers", "Received")).Message);
        Assert.Throws<ArgumentNullException>(() => HeaderLines.Removing(null!, "kept", "headers", "Received"));
    }
}
