using MLCourse.Runner.Apps;

namespace MLCourse.Tests.Runner.Apps;

public sealed class MarkdownHeadingsTests
{
    [Fact]
    public void Headings_come_out_as_plain_text_with_their_level_and_code_blocks_are_skipped()
    {
        var markdown = """
            # 10 · Text classification: a **spam** filter
            Some text with a # in it.
            ## 3. `FeaturizeText`, as [lesson 04](04-train-models.ipynb) did
            ```
            # not a heading: a comment in a code block
            ```
            ### A *small* one ###
            #### too deep for the console
            #no space, no heading
            """;

        Assert.Equal([(1, "10 · Text classification: a spam filter"), (2, "3. FeaturizeText, as lesson 04 did"), (3, "A small one")],
            MarkdownHeadings.Of(markdown));
    }

    [Fact]
    public void An_exported_app_prints_the_lesson_s_headings_where_the_notebook_has_them()
    {
        var app = AppFixture.Export().Text;

        Assert.Contains("MLCourse.ConsoleDisplay.Heading(1, \"96 · App fixture\");", app);
    }
}
