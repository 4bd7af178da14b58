using MLCourse.Charts;
using MLCourse.Data;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 03, explore and visualize.</summary>
public static class Lesson03
{
    private static double MeanMass(string species) => Measured("Body Mass (g)", species).Average();

    private static double CarCorrelation(string x, string y)
    {
        var cars = CourseData.LoadCars();
        IReadOnlyList<double?> Column(string name) => cars[name].Cast<float?>().Select(v => (double?)v).ToList();
        return Statistics.Correlation(Column(x), Column(y));
    }

    private static IReadOnlyList<int> MonthsByMeanPrecipitation()
    {
        var weather = CourseData.LoadSeattleWeather();
        var months = weather["date"].Cast<DateTime>().Select(d => d.Month).ToList();
        var rain = weather["precipitation"].Cast<float?>().ToList();
        return Enumerable.Range(0, months.Count).GroupBy(i => months[i]).OrderByDescending(g => g.Average(i => (double)rain[i]!.Value)).Select(g => g.Key).ToList();
    }

    /// <summary>03.1: how much heavier a Gentoo is than an Adelie, on average.</summary>
    public static Exercise<double?> GentooExtraMass { get; } = new(
        "03.1", "how much heavier is a Gentoo?",
        Checks.Number(() => MeanMass("Gentoo") - MeanMass("Adelie"), tolerance: 1,
            (() => MeanMass("Gentoo") - MeanMass("Chinstrap"), "That compares Gentoo with Chinstrap; the exercise asks about Adelie."),
            (() => MeanMass("Adelie") - MeanMass("Gentoo"), "Right size, wrong sign: how much heavier is the Gentoo?"),
            (() => MeanMass("Gentoo"), "That is the Gentoo's mean mass itself; subtract the Adelie's.")),
        ["The group-by table `means` in section 1 has the mean body mass of each species.",
         "means[\"Body Mass (g)\"][i] is the mean of row i; find the rows of Gentoo and Adelie in means[\"Species\"]."],
        """
        double MeanMassOf(string species) => Enumerable.Range(0, (int)means.Rows.Count).Where(i => (string)means["Species"][i] == species).Select(i => Convert.ToDouble(means["Body Mass (g)"][i])).Single();
        double? gentooExtraMass = MeanMassOf("Gentoo") - MeanMassOf("Adelie");
        """);

    /// <summary>The measured values of <paramref name="column"/> for one species (all species when null).</summary>
    private static List<double> Measured(string column, string? species)
    {
        var penguins = CourseData.LoadPenguins();
        return Enumerable.Range(0, (int)penguins.Rows.Count)
            .Where(i => (species is null || (string)penguins["Species"][i] == species) && penguins[column][i] is not null)
            .Select(i => (double)(float)penguins[column][i]).ToList();
    }

    private static double SampleVariance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    /// <summary>Chinstrap's mean minus Adelie's, in millimetres or grams.</summary>
    private static double MeanDifference(string column) => Measured(column, "Chinstrap").Average() - Measured(column, "Adelie").Average();

    /// <summary>Cohen's d of Chinstrap against Adelie: the difference of the means over the pooled standard deviation.</summary>
    private static double Separation(string column)
    {
        var (adelie, chinstrap) = (Measured(column, "Adelie"), Measured(column, "Chinstrap"));
        var pooled = Math.Sqrt(((adelie.Count - 1) * SampleVariance(adelie) + (chinstrap.Count - 1) * SampleVariance(chinstrap)) / (adelie.Count + chinstrap.Count - 2));
        return MeanDifference(column) / pooled;
    }

    /// <summary>
    /// 03.2's tolerance around d = 3.476: it accepts pooling with n instead of n − 1 (3.492) and Hedges' small-sample correction
    /// (3.464), and refuses the unweighted mean of the two variances (3.325), 0.15 away.
    /// </summary>
    private const double BeakSeparationTolerance = 0.02;

    /// <summary>03.2: how far apart Adelie and Chinstrap beak lengths are, in pooled standard deviations.</summary>
    public static Exercise<double?> BeakSeparation { get; } = new(
        "03.2", "how far apart are their beaks?",
        Checks.Number(() => Separation("Beak Length (mm)"), tolerance: BeakSeparationTolerance,
            (() => -Separation("Beak Length (mm)"), "Right size, wrong sign: give the distance as a positive number (Chinstrap's mean minus Adelie's)."),
            (() => MeanDifference("Beak Length (mm)") / Math.Sqrt((SampleVariance(Measured("Beak Length (mm)", "Adelie")) + SampleVariance(Measured("Beak Length (mm)", "Chinstrap"))) / 2),
                "That gives the two species' variances equal weight, as if there were as many Chinstraps as Adelies: weight each by n − 1, as the formula does."),
            (() => MeanDifference("Beak Length (mm)"), "That is the difference in millimetres. Divide it by the pooled standard deviation, so that it no longer depends on the unit."),
            (() => MeanDifference("Beak Length (mm)") / Math.Sqrt(SampleVariance(Measured("Beak Length (mm)", null))),
                "That divides by the standard deviation of all the penguins, which the long-beaked Gentoos widen: pool the standard deviations of Adelie and Chinstrap only."),
            (() => Separation("Body Mass (g)"), "That is body mass (or beak depth: both are close to 0). The exercise asks about beak length first."),
            (() => Separation("Flipper Length (mm)"), "That is flipper length: the exercise asks about beak length.")),
        ["Filter `measured` to one species at a time, e.g. measured.Filter(measured[\"Species\"].ElementwiseEquals(\"Adelie\")), and take the column \"Beak Length (mm)\" as doubles.",
         "For each species: n (the count), the mean, and the sample variance s² = Σ(x − mean)² / (n − 1).",
         "d = (mean of Chinstrap − mean of Adelie) / √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2))."],
        """
        List<double> BeakLengths(string species) =>
            measured.Filter(measured["Species"].ElementwiseEquals(species))["Beak Length (mm)"].Cast<float?>().Select(v => (double)v!.Value).ToList();
        double Variance(List<double> values) => values.Sum(v => (v - values.Average()) * (v - values.Average())) / (values.Count - 1);
        var (adelieBeaks, chinstrapBeaks) = (BeakLengths("Adelie"), BeakLengths("Chinstrap"));
        var pooledSd = Math.Sqrt(((adelieBeaks.Count - 1) * Variance(adelieBeaks) + (chinstrapBeaks.Count - 1) * Variance(chinstrapBeaks)) / (adelieBeaks.Count + chinstrapBeaks.Count - 2));
        double? beakSeparation = (chinstrapBeaks.Average() - adelieBeaks.Average()) / pooledSd;
        """);

    /// <summary>03.3: the correlation of horsepower and fuel economy.</summary>
    public static Exercise<double?> HorsepowerMpgCorrelation { get; } = new(
        "03.3", "horsepower against fuel economy",
        Checks.Number(() => CarCorrelation("Horsepower", "Miles_per_Gallon"), tolerance: 0.005,
            (() => -CarCorrelation("Horsepower", "Miles_per_Gallon"), "Right strength, wrong direction: do more powerful cars go further on a gallon, or less far?"),
            (() => Math.Pow(CarCorrelation("Horsepower", "Miles_per_Gallon"), 2), "That is r², the share of variation explained; the exercise asks for r itself.")),
        ["Statistics.Correlation takes two lists of double? (missing values are skipped in pairs); section 7 builds such lists with carColumn.",
         "The columns are cars[\"Horsepower\"] and cars[\"Miles_per_Gallon\"]."],
        """double? horsepowerMpg = Statistics.Correlation(carColumn("Horsepower"), carColumn("Miles_per_Gallon"));""");

    /// <summary>03.4: the three wettest months, wettest first.</summary>
    public static Exercise<IEnumerable<int>?> WettestMonths { get; } = new(
        "03.4", "the three wettest months",
        Checks.Sequence(() => MonthsByMeanPrecipitation().Take(3).ToList(),
            (() => MonthsByMeanPrecipitation().Reverse().Take(3).ToList(), "Those are the three driest months: sort the other way.")),
        ["The table `monthly` in section 5 has the mean daily precipitation of each month.",
         "monthly.OrderByDescending(\"precipitation\") sorts it wettest first; then take the month column's first three values."],
        """
        var wettest = monthly.OrderByDescending("precipitation");
        IEnumerable<int>? wettestMonths = Enumerable.Range(0, 3).Select(i => (int)wettest["month"][i]).ToList();
        """);

    /// <summary>03.5: correlation is not causation.</summary>
    public static Exercise<string?> CorrelationNotCause { get; } = new(
        "03.5", "longer flippers, heavier penguins?",
        Checks.Reflection(15,
            "The correlation says that longer flippers and heavier bodies go together in this sample, not that one causes the other. " +
            "Both grow with the size of the bird, and both differ by species (the Gentoos are big in everything), so a third factor " +
            "explains much of it. Only an intervention could show cause, and stretching flippers would not add grams.",
            new KeyIdea("going together is not causing", "caus", "not mean", "does not imply", "doesn't imply", "associat", "go together", "goes together", "go with", "goes with", "implies", "imply"),
            new KeyIdea("a third factor behind both", "third", "confound", "common cause", "common factor", "size", "bigger", "larger", "species", "gentoo", "age", "grow", "underlying", "lurking", "hidden", "other variable", "another variable"),
            new KeyIdea("what only an experiment could show", "interven", "experiment", "stretch", "lengthen", "longer flippers would", "manipulat", "trial", "randomi", "controlled")),
        ["Is there something that makes both flippers longer and bodies heavier?", "Remember what the Gentoo cluster did to the beak correlation."],
        """string? correlationNotCause = "Correlation is not causation: a bigger bird has both longer flippers and more mass, and the species differ in size, so a third factor (size, species) drives both; lengthening a flipper would not make the bird heavier.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [GentooExtraMass, BeakSeparation, HorsepowerMpgCorrelation, WettestMonths, CorrelationNotCause];
}
