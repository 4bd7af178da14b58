using MLCourse.Data;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises.Lessons.Lesson11;

public sealed class DigitSplitTests
{
    [Fact]
    public void The_course_digits_split_into_train_validation_test_and_holdout_stratified_and_disjoint()
    {
        var split = CourseData.LoadDigits();
        int[] perDigit = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];   // the package's files, counted with NumPy

        Assert.Equal((6002, 999, 2000, 999), (split.Train.Count, split.Validation.Count, split.Test.Count, split.Holdout.Count));
        var all = split.Train.CountPerDigit().Zip(split.Test.CountPerDigit(), split.Holdout.CountPerDigit()).Select(c => c.First + c.Second + c.Third)
            .Zip(split.Validation.CountPerDigit(), (a, b) => a + b);
        Assert.Equal(perDigit, all);
        Assert.All(split.Validation.CountPerDigit().Zip(perDigit), c => Assert.InRange(c.First, 0.1 * c.Second - 0.5, 0.1 * c.Second + 0.5));
        Assert.All(split.Test.CountPerDigit().Zip(perDigit), c => Assert.InRange(c.First, 0.2 * c.Second - 0.5, 0.2 * c.Second + 0.5));
        Assert.All(split.Holdout.CountPerDigit().Zip(perDigit), c => Assert.InRange(c.First, 0.1 * c.Second - 0.5, 0.1 * c.Second + 0.5));
        var images = new[] { split.Train, split.Validation, split.Test, split.Holdout }.SelectMany(d => Enumerable.Range(0, d.Count).Select(i => Convert.ToHexString(d.Pixels(i)))).ToList();
        Assert.Equal(10000, images.Count);
        Assert.Equal(10000, images.Distinct().Count());   // the package's 10,000 images are all different (NumPy): no image is in two parts
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_in_a_shuffled_order()
    {
        var (first, second) = (CourseData.LoadDigits(), CourseData.LoadDigits());

        Assert.Equal(first.Test.Labels, second.Test.Labels);
        Assert.Equal(first.Validation.Labels, second.Validation.Labels);
        Assert.NotEqual(first.Train.Labels.Take(20).Order(), first.Train.Labels.Take(20));   // not sorted by digit
    }

    [Fact]
    public void Bad_fractions_are_explained()
    {
        Assert.Equal("Expected positive test and validation fractions that add up with the holdout fraction to less than 1; found 0.5 and 0.1 with a holdout fraction of 0.4. " +
                     "0.1, 0.2 and 0.1 leave 60% to train on. (Parameter 'testFraction')",
            Assert.Throws<ArgumentOutOfRangeException>(() => DigitSplit.Of(DigitSamples.ThreeImages(), 0.4, 0.5)).Message);
        Assert.StartsWith("Expected positive test and validation fractions", Assert.Throws<ArgumentOutOfRangeException>(() => DigitSplit.Of(DigitSamples.ThreeImages(), 0.1, 0.2, 0)).Message);
        Assert.StartsWith("Expected a positive holdout fraction; found 0.", Assert.Throws<ArgumentOutOfRangeException>(() => DigitSplit.Of(DigitSamples.ThreeImages(), 0, 0.2)).Message);
    }
}
