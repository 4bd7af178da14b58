using MLCourse.Charts;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Charts;

public sealed class DigitPicturesTests
{
    [Fact]
    public void Digit_pictures_are_captioned_images()
    {
        var html = DigitPictures.Draw(DigitSamples.ThreeImages(), [1, 2], "Two digits", i => $"#{i}").ToHtml();

        Assert.Contains("Two digits", html);
        Assert.Equal(2, html.Split("data:image/png;base64,").Length - 1);
        Assert.Contains("<figcaption>#2</figcaption>", html);
        Assert.StartsWith("Expected at least one digit to draw; found none.", Assert.Throws<ArgumentException>(() => DigitPictures.Draw(DigitSamples.ThreeImages(), [], "none")).Message);
    }
}
