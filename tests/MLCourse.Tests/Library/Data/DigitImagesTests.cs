using MLCourse.Data;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Data;

public sealed class DigitImagesTests
{
    [Fact]
    public void Images_are_scaled_to_zero_to_one()
    {
        var digits = DigitSamples.ThreeImages();

        Assert.All(digits.Image(0), v => Assert.Equal(0f, v));
        Assert.All(digits.Image(1), v => Assert.Equal(1f, v));
        Assert.Equal(51 / 255f, digits.Image(2)[51]);
        Assert.Equal(3 * 784, digits.ToFloats().Length);
        Assert.Equal(1.0, digits.ToRows()[1][783]);
    }

    [Fact]
    public void Counts_and_selects_images()
    {
        var digits = DigitSamples.ThreeImages();

        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 2, 0, 0], digits.CountPerDigit());
        var chosen = digits.Select([2, 0]);
        Assert.Equal([7, 0], chosen.Labels);
        Assert.Equal(digits.Pixels(2).ToArray(), chosen.Pixels(0).ToArray());
    }

    [Fact]
    public void Bad_input_is_explained()
    {
        Assert.StartsWith("Expected 784 pixels per image, 1568 for 2 labels; found 784 pixels.", Assert.Throws<ArgumentException>(() => new DigitImages(new byte[784], [1, 2])).Message);
        Assert.StartsWith("Expected digits from 0 to 9; found 10 for label 1.", Assert.Throws<ArgumentException>(() => new DigitImages(new byte[1568], [1, 10])).Message);
        Assert.StartsWith("Expected an image: a number from 0 to 2 (in the order of the labels); found 3.", Assert.Throws<ArgumentOutOfRangeException>(() => DigitSamples.ThreeImages().Image(3)).Message);
    }
}
