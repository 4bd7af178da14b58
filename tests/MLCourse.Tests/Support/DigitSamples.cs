using MLCourse.Data;

namespace MLCourse.Tests.Support;

/// <summary>Digit images small enough to reason about by hand.</summary>
internal static class DigitSamples
{
    /// <summary>Three images: all background, all ink, and a ramp of grey levels; labels 0, 7, 7.</summary>
    public static DigitImages ThreeImages()
    {
        var pixels = new byte[3 * DigitImages.PixelCount];
        Array.Fill(pixels, (byte)255, DigitImages.PixelCount, DigitImages.PixelCount);
        for (var p = 0; p < DigitImages.PixelCount; p++) pixels[2 * DigitImages.PixelCount + p] = (byte)(p % 256);
        return new DigitImages(pixels, [0, 7, 7]);
    }
}
