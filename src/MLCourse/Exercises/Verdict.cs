using System.Net;

namespace MLCourse.Exercises;

/// <summary>The result of checking one answer: shown as a coloured box in the notebook, as one line in plain text.</summary>
public sealed record Verdict(string Exercise, Outcome Outcome, string Message)
{
    /// <summary>One line: a mark, the exercise, the outcome and the message.</summary>
    public override string ToString() => Outcome switch
    {
        Outcome.Correct => $"✔ Exercise {Exercise}: correct. {Message}",
        Outcome.Incorrect => $"✘ Exercise {Exercise}: not yet. {Message}",
        Outcome.Submitted => $"✎ Exercise {Exercise}: submitted. {Message}",
        _ => $"… Exercise {Exercise}: not attempted yet. {Message}",
    };

    /// <summary>The verdict as a small coloured box.</summary>
    public string ToHtml()
    {
        var (colour, border) = Outcome switch
        {
            Outcome.Correct => ("#e6f4ea", "#1e8e3e"),
            Outcome.Incorrect => ("#fce8e6", "#d93025"),
            Outcome.Submitted => ("#e8f0fe", "#1a73e8"),
            _ => ("#f1f3f4", "#80868b"),
        };
        return $"<div style=\"background:{colour};border-left:4px solid {border};padding:6px 10px;color:#202124\">{WebUtility.HtmlEncode(ToString())}</div>";
    }
}
