namespace MLCourse.Data;

/// <summary>
/// Lesson 11's fixed split of the 10,000 digits, stratified by digit (each digit keeps its share in every part):
/// 10% are held out for the exercise checkers and never loaded by the lesson, 20% are the test set, 10% the validation set
/// (for every choice the lesson makes: epochs, learning rates, regularization), the rest the training set.
/// Within each part the images come in a shuffled order, so the first few show different digits.
/// </summary>
public sealed record DigitSplit(DigitImages Train, DigitImages Validation, DigitImages Test)
{
    /// <summary>Digits the lesson never loads or shows: exercise checkers score a learner's model on them.</summary>
    internal DigitImages Holdout { get; private init; } = null!;

    /// <summary>
    /// Splits <paramref name="all"/>: per digit, a shuffled share goes to the holdout, then to the test set, then to the
    /// validation set, the rest to training. The holdout and the test set do not depend on <paramref name="validationFraction"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fractions are not positive or leave nothing to train on.</exception>
    public static DigitSplit Of(DigitImages all, double holdoutFraction = 0.1, double testFraction = 0.2, double validationFraction = 0.1, int seed = 11)
    {
        Require.NotNull(all, nameof(all), "the digits to split");
        Require.Number(holdoutFraction > 0, nameof(holdoutFraction), "a positive holdout fraction", $"{holdoutFraction}", "0.1 holds out a tenth of each digit.");
        Require.Number(testFraction > 0 && validationFraction > 0 && holdoutFraction + testFraction + validationFraction < 1, nameof(testFraction),
            "positive test and validation fractions that add up with the holdout fraction to less than 1",
            $"{testFraction} and {validationFraction} with a holdout fraction of {holdoutFraction}",
            "0.1, 0.2 and 0.1 leave 60% to train on.");
        var random = new Random(seed);
        var (train, validation, test, holdout) = (new List<int>(), new List<int>(), new List<int>(), new List<int>());
        for (var digit = 0; digit <= 9; digit++)
        {
            var rows = Enumerable.Range(0, all.Count).Where(i => all.Labels[i] == digit).ToArray();
            random.Shuffle(rows);
            var held = (int)Math.Round(rows.Length * holdoutFraction, MidpointRounding.AwayFromZero);
            var tested = (int)Math.Round(rows.Length * testFraction, MidpointRounding.AwayFromZero);
            var validated = (int)Math.Round(rows.Length * validationFraction, MidpointRounding.AwayFromZero);
            holdout.AddRange(rows[..held]);
            test.AddRange(rows[held..(held + tested)]);
            validation.AddRange(rows[(held + tested)..(held + tested + validated)]);
            train.AddRange(rows[(held + tested + validated)..]);
        }
        DigitImages Shuffled(List<int> rows)
        {
            var order = rows.ToArray();
            random.Shuffle(order);
            return all.Select(order);
        }
        var (trainPart, testPart, holdoutPart) = (Shuffled(train), Shuffled(test), Shuffled(holdout));
        return new DigitSplit(trainPart, Shuffled(validation), testPart) { Holdout = holdoutPart };
    }
}
