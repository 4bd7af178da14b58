using System.Net;
using MLCourse.Data;

namespace MLCourse.Charts;

/// <summary>Digits drawn as small pictures, each with a caption; a notebook shows them as a row of images (HTML).</summary>
public sealed record DigitPictures(IReadOnlyList<(byte[] Png, string Caption)> Pictures, string Title)
{
    /// <summary>
    /// The digits at <paramref name="indices"/>, dark ink on white, captioned by <paramref name="caption"/> (default: the label).
    /// </summary>
    /// <exception cref="ArgumentException">No indices.</exception>
    public static DigitPictures Draw(DigitImages digits, IEnumerable<int> indices, string title, Func<int, string>? caption = null)
    {
        Require.NotNull(digits, nameof(digits), "the digits to draw from");
        var chosen = Require.NotEmpty(Require.NotNull(indices, nameof(indices), "the indices of the digits to draw").ToList(), nameof(indices),
            "at least one digit to draw", "Give the indices of the images to show, e.g. [0, 1, 2].");
        caption ??= i => digits.Labels[i].ToString();
        return new DigitPictures(chosen.Select(i =>
        {
            var inverted = digits.Pixels(i).ToArray().Select(p => (byte)(255 - p)).ToArray();
            return (PngImage.Grayscale(inverted, DigitImages.Side, DigitImages.Side), caption(i));
        }).ToList(), title);
    }

    /// <summary>The pictures as HTML: a title, then the images (each 56 px wide, pixels kept sharp) with their captions.</summary>
    public string ToHtml()
    {
        var figures = Pictures.Select(p =>
            "<figure style=\"margin:3px;text-align:center;font:12px sans-serif\">" +
            $"<img alt=\"{WebUtility.HtmlEncode(p.Caption)}\" width=\"56\" height=\"56\" style=\"image-rendering:pixelated;border:1px solid #ddd\" " +
            $"src=\"data:image/png;base64,{Convert.ToBase64String(p.Png)}\"/>" +
            $"<figcaption>{WebUtility.HtmlEncode(p.Caption)}</figcaption></figure>");
        return $"<div><div style=\"font:bold 14px sans-serif;margin:4px 0\">{WebUtility.HtmlEncode(Title)}</div>" +
               $"<div style=\"display:flex;flex-wrap:wrap\">{string.Concat(figures)}</div></div>";
    }
}
