using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

public sealed class MarkdownNoticeTests
{
    [Fact]
    public void A_short_notice_is_its_plain_text_without_the_mark()
    {
        var notice = MarkdownNotice.Of("Some text.\n\n**What to notice.** 273 penguins to *train* on and `Fit` is [lazy](https://example.org): $R^2$ is 0.9.\n\nMore.");

        Assert.Equal("273 penguins to train on and Fit is lazy: R^2 is 0.9.", notice);
    }

    [Fact]
    public void No_notice_one_whose_first_sentence_is_too_long_or_one_with_a_list_or_code_is_left_to_the_comments()
    {
        Assert.Null(MarkdownNotice.Of("## A heading\n\nJust text."));
        Assert.Null(MarkdownNotice.Of(MarkdownNotice.Mark + " " + new string('a', MarkdownNotice.MaximumLength + 1)));
        Assert.Null(MarkdownNotice.Of(MarkdownNotice.Mark + " " + new string('a', MarkdownNotice.MaximumLength) + ". Second."));
        Assert.Null(MarkdownNotice.Of(MarkdownNotice.Mark + " Two things:\n- one\n- two"));
        Assert.NotNull(MarkdownNotice.Of(MarkdownNotice.Mark + " " + new string('a', MarkdownNotice.MaximumLength)));
    }

    [Fact]
    public void A_long_notice_is_cut_after_its_last_whole_sentence_that_fits_and_says_there_is_more()
    {
        var first = "Accuracy is 0.984 (e.g. 97 of 100), against 0.979 for the text model.";
        var second = "The two disagree on 35 messages: " + new string('x', 300) + ".";
        var third = "Something in the headers gives the answer away, " + new string('y', 200) + ".";

        var notice = MarkdownNotice.Of($"{MarkdownNotice.Mark} {first} {second}\n{third}");

        Assert.Equal($"{first} {second} {MarkdownNotice.More}", notice);
        Assert.True(notice!.Length <= MarkdownNotice.MaximumLength + MarkdownNotice.More.Length + 1);
    }

    [Fact]
    public void Every_lesson_app_prints_some_of_its_notices()
    {
        var lesson = Repository.LessonNamed("04-train-models");

        var app = AppFiles.Export(lesson, Repository.Folders).Text;

        Assert.Contains("MLCourse.ConsoleDisplay.Notice(\"273 penguins to train on, 69 to test on, and each species has the same share in both.", app);
    }
}
