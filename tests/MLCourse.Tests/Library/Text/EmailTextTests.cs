using System.Text;
using MimeKit;
using MLCourse.Data;
using MLCourse.Text;

namespace MLCourse.Tests.Library.Text;

/// <summary>
/// <see cref="EmailText"/> on hand-made messages (each expected value written out by hand), on bad input, and on the raw
/// sample the course ships: parsing each sample message must give its row of the SpamAssassin table.
/// </summary>
public sealed class EmailTextTests
{
    private static Email Parse(string raw) => EmailText.Parse(Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\n")));

    [Fact]
    public void A_plain_message_gives_its_subject_sender_and_text()
    {
        var email = Parse("""
            From ann@example.org  Mon Aug 26 10:00:00 2002
            From: Ann <ann@example.org>
            To: bob@example.org
            Subject:   Lunch   tomorrow?
            Date: Mon, 26 Aug 2002 10:00:00 +0100

            Shall we meet at noon?   

            Ann
            """);

        Assert.Equal("Lunch tomorrow?", email.Subject);
        Assert.Equal("Ann <ann@example.org>", email.From);
        Assert.Equal("Shall we meet at noon?\n\nAnn", email.Body);
        Assert.False(email.HasHtml);
        Assert.Equal("From: Ann <ann@example.org>\nTo: bob@example.org\nSubject: Lunch tomorrow?\nDate: Mon, 26 Aug 2002 10:00:00 +0100", email.Headers);
    }

    [Fact]
    public void Encoded_subjects_and_quoted_printable_bodies_are_decoded()
    {
        var email = Parse("""
            From: =?iso-8859-1?Q?Andr=E9?= <andre@example.org>
            Subject: =?iso-8859-1?Q?Caf=E9_=E0_midi?=
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Un caf=E9 =
            ensemble ?
            """);

        Assert.Equal("Café à midi", email.Subject);
        Assert.Equal("André <andre@example.org>", email.From);
        Assert.Equal("Un café ensemble ?", email.Body);
    }

    [Fact]
    public void A_base64_body_is_decoded()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("Earn $$$ from home!"));
        var email = Parse($"Subject: Offer\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{body}\n");

        Assert.Equal("Earn $$$ from home!", email.Body);
    }

    [Fact]
    public void Of_two_alternatives_the_plain_text_is_read_and_the_html_is_noticed()
    {
        var email = Parse("""
            Subject: News
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain

            Plain news.
            --b1
            Content-Type: text/html

            <p>HTML <b>news</b>.</p>
            --b1--
            """);

        Assert.Equal("Plain news.", email.Body);
        Assert.True(email.HasHtml);
    }

    [Fact]
    public void An_html_only_message_is_read_as_the_text_a_person_sees()
    {
        var email = Parse("""
            Subject: Deal
            Content-Type: text/html

            <html><head><title>Deal</title><style>p {color: red}</style></head>
            <body><p>Best&nbsp;price &amp; free   shipping!</p><script>track()</script><p>Click <a href="http://x">here</a></p></body></html>
            """);

        Assert.Equal("Best price & free shipping!\nClick here", email.Body);
        Assert.True(email.HasHtml);
    }

    [Fact]
    public void Every_part_of_a_mixed_message_is_read_but_attachments_are_not()
    {
        var email = Parse("""
            Subject: Report
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b2"

            --b2
            Content-Type: text/plain

            See the report.
            --b2
            Content-Type: text/plain
            Content-Disposition: attachment; filename="report.txt"

            Secret numbers.
            --b2
            Content-Type: message/rfc822

            Subject: Original
            Content-Type: text/plain

            The forwarded text.
            --b2
            Content-Type: image/gif
            Content-Transfer-Encoding: base64

            R0lGODlhAQABAAAAACw=
            --b2--
            """);

        Assert.Equal("See the report.\n\nThe forwarded text.", email.Body);
        Assert.False(email.HasHtml);
    }

    [Fact]
    public void A_message_without_subject_sender_or_body_gives_empty_texts()
    {
        var email = Parse("To: bob@example.org\n\n");

        Assert.Equal(("", "", ""), (email.Subject, email.From, email.Body));
        Assert.Equal("To: bob@example.org", email.Headers);
    }

    [Fact]
    public void Bad_input_is_refused_with_what_was_expected()
    {
        Assert.Throws<ArgumentNullException>(() => EmailText.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => EmailText.FromMessage(null!));
        var empty = Assert.Throws<ArgumentException>(() => EmailText.Parse([]));
        Assert.Equal("Expected a message's header lines, an empty line, then its body; found an empty message (0 bytes). " +
                     "Give the bytes of a whole e-mail, as a mail server stored it. (Parameter 'raw')", empty.Message);
    }

    [Fact]
    public void Nothing_readable_gives_an_empty_body()
    {
        Assert.Equal("", EmailText.BodyText(null));
        Assert.Equal("", EmailText.BodyText(new MimePart("image", "png")));
        Assert.False(EmailText.HasHtml(null));
    }

    [Fact]
    public void Each_shipped_raw_message_parses_to_its_row_of_the_table()
    {
        var table = CourseData.LoadSpamAssassin();
        var rows = Enumerable.Range(0, (int)table.Rows.Count).ToDictionary(i => (string)table["id"][i]);
        var sample = CourseData.LoadRawEmails();

        Assert.Equal(36, sample.Count);
        foreach (var raw in sample)
        {
            var row = rows[raw.Id];
            var email = EmailText.Parse(raw.Bytes);
            Assert.Equal(raw.Group, table["group"][row]);
            Assert.Equal(raw.IsSpam, table["is_spam"][row]);
            Assert.Equal(new Email((string)table["subject"][row], (string)table["from"][row], (string)table["body"][row],
                (bool)table["has_html"][row], (string)table["headers"][row]), email);
        }
        Assert.Equal(5, sample.Select(r => r.Group).Distinct().Count());
    }
}
