using Microsoft.Data.Analysis;
using MLCourse.Charts;
using MLCourse.Data;

namespace MLCourse.Exercises;

/// <summary>The exercises of lesson 03, explore and visualize.</summary>
public static class Lesson03
{
    private static readonly string[] Measurements = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"];

    private static double MeanMass(string species)
    {
        var penguins = CourseData.LoadPenguins();
        return Enumerable.Range(0, (int)penguins.Rows.Count)
            .Where(i => (string)penguins["Species"][i] == species && penguins["Body Mass (g)"][i] is not null)
            .Average(i => (double)(float)penguins["Body Mass (g)"][i]);
    }

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

    /// <summary>03.2: the measurement that tells Adelie from Chinstrap.</summary>
    public static Exercise<string?> AdelieChinstrapMeasure { get; } = new(
        "03.2", "what tells Adelie from Chinstrap?",
        Checks.Text("Beak Length (mm)", Measurements,
            ("Flipper Length (mm)", "Flipper length separates the Gentoos from the other two; Adelie and Chinstrap flippers overlap."),
            ("Body Mass (g)", "Adelie and Chinstrap weigh almost exactly the same (section 1): mass cannot tell them apart."),
            ("Beak Depth (mm)", "Adelie and Chinstrap beaks are about equally deep; look at the box plots again.")),
        ["Look at the box plots of section 2: in which one do the Adelie and Chinstrap boxes not overlap?",
         "Section 1's table of means shows the same thing in numbers."],
        """string? adelieChinstrapMeasure = "Beak Length (mm)";""");

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
            "explains much of it. Only an intervention could show cause, and stretching flippers would not add grams."),
        ["Is there something that makes both flippers longer and bodies heavier?", "Remember what the Gentoo cluster did to the beak correlation."],
        """string? correlationNotCause = "Correlation is not causation: a bigger bird has both longer flippers and more mass, and the species differ in size, so a third factor (size, species) drives both; lengthening a flipper would not make the bird heavier.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [GentooExtraMass, AdelieChinstrapMeasure, HorsepowerMpgCorrelation, WettestMonths, CorrelationNotCause];
}
