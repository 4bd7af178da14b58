namespace MLCourse.Data;

/// <summary>
/// Handwritten digits as 28 × 28 grey-level images with their labels (0–9). A pixel is a byte, 0 (background) to 255
/// (ink), one row of 784 pixels per image, read line by line from the top left. Networks take pixels scaled to 0–1:
/// <see cref="Image"/>, <see cref="ToRows"/> and <see cref="ToFloats"/> give them that way.
/// </summary>
public sealed class DigitImages
{
    /// <summary>The width and height of an image, in pixels.</summary>
    public const int Side = 28;

    /// <summary>The number of pixels in one image (28 × 28).</summary>
    public const int PixelCount = Side * Side;

    private readonly byte[] pixels;
    private readonly int[] labels;

    /// <summary>Images from <paramref name="pixels"/> (<c>labels.Length</c> × 784 bytes, image after image) and their labels.</summary>
    /// <exception cref="ArgumentException">The pixels are not 784 per label, or a label is not a digit 0–9.</exception>
    public DigitImages(byte[] pixels, int[] labels)
    {
        Require.NotNull(pixels, nameof(pixels), "the images' pixels, one image after another");
        Require.NotNull(labels, nameof(labels), "one label per image");
        Require.That(pixels.Length == labels.Length * PixelCount, nameof(pixels),
            $"{PixelCount} pixels per image, {labels.Length * PixelCount} for {labels.Length} labels", $"{pixels.Length} pixels",
            "Give one label per image and the images' pixels one after another.");
        var bad = Array.FindIndex(labels, l => l is < 0 or > 9);
        Require.That(bad < 0, nameof(labels), "digits from 0 to 9", $"{labels[bad]} for label {bad}", "Label each image with the digit it shows.");
        this.pixels = pixels;
        this.labels = labels;
    }

    /// <summary>How many images there are.</summary>
    public int Count => labels.Length;

    /// <summary>The digit each image shows.</summary>
    public IReadOnlyList<int> Labels => labels;

    /// <summary>The raw pixels of image <paramref name="index"/>: 784 bytes, 0 to 255.</summary>
    public ReadOnlySpan<byte> Pixels(int index) => pixels.AsSpan(Checked(index) * PixelCount, PixelCount);

    /// <summary>Image <paramref name="index"/> as 784 values from 0 (background) to 1 (ink).</summary>
    public float[] Image(int index)
    {
        var image = new float[PixelCount];
        var raw = Pixels(index);
        for (var p = 0; p < PixelCount; p++) image[p] = raw[p] / 255f;
        return image;
    }

    /// <summary>Every image as a row of 784 values in 0–1, for the network written in plain C#.</summary>
    public double[][] ToRows() =>
        Enumerable.Range(0, Count).Select(i => Image(i).Select(v => (double)v).ToArray()).ToArray();

    /// <summary>All pixels in 0–1, image after image (<see cref="Count"/> × 784 values), e.g. for a tensor of shape [Count, 784].</summary>
    public float[] ToFloats()
    {
        var values = new float[pixels.Length];
        for (var p = 0; p < pixels.Length; p++) values[p] = pixels[p] / 255f;
        return values;
    }

    /// <summary>How many images of each digit there are, for digits 0 to 9.</summary>
    public int[] CountPerDigit()
    {
        var counts = new int[10];
        foreach (var label in labels) counts[label]++;
        return counts;
    }

    /// <summary>The images at <paramref name="indices"/>, in that order.</summary>
    public DigitImages Select(IReadOnlyList<int> indices)
    {
        Require.NotNull(indices, nameof(indices), "the indices of the images to select");
        var chosen = new byte[indices.Count * PixelCount];
        for (var i = 0; i < indices.Count; i++)
            Pixels(indices[i]).CopyTo(chosen.AsSpan(i * PixelCount, PixelCount));
        return new DigitImages(chosen, indices.Select(i => labels[i]).ToArray());
    }

    private int Checked(int index)
    {
        Require.OneOf(index, Count, nameof(index), "an image", "in the order of the labels");
        return index;
    }
}
