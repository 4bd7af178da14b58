using MLCourse.Data;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson14;

public sealed class BookSplitTests
{
    [Fact]
    public void Splits_by_position_at_85_and_95_percent_keeping_every_character_once()
    {
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => (char)('a' + i % 26)));

        var split = BookSplit.Of(text);

        Assert.Equal(850, split.Train.Length);
        Assert.Equal(100, split.Validation.Length);
        Assert.Equal(50, split.Holdout.Length);
        Assert.Equal(text, split.Train + split.Validation + split.Holdout);
    }

    [Fact]
    public void The_book_is_split_as_data_README_says_and_the_lesson_never_sees_the_end()
    {
        var book = CourseData.LoadMobyDick();

        Assert.Equal((1_031_032, 121_297, 60_650), (book.Train.Length, book.Validation.Length, book.Holdout.Length));
        Assert.StartsWith("ETYMOLOGY.", book.Train);
        Assert.EndsWith("only found another orphan.\n", book.Holdout);   // the last words of the epilogue
        Assert.Equal(89, book.Train.Distinct().Count());
        Assert.Empty(book.Validation.Concat(book.Holdout).Distinct().Except(book.Train));   // the training text has every character
        Assert.Null(typeof(BookSplit).GetProperty(nameof(BookSplit.Holdout), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetGetMethod());   // not public: only the checkers read it
    }

    [Fact]
    public void A_text_too_short_to_split_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BookSplit.Of("short"));

        Assert.Contains("at least 100 characters", error.Message);
    }
}
