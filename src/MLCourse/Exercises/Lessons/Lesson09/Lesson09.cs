using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using MLCourse.Data;
using MLCourse.Evaluation;

namespace MLCourse.Exercises;

/// <summary>
/// The exercises of lesson 09, the capstone: Seattle's weather, trained on 2012 to 2014 and tested on 2015, as the
/// lesson splits it. The checkers rebuild the days themselves. A rule or a model of the learner's is judged on the
/// training years only (a rule by its accuracy there, a forecast pipeline by leaving one training year out at a time),
/// never on 2015, which the lesson keeps for its single, declared final look.
/// </summary>
public static class Lesson09
{
    private static readonly DateTime TestFrom = new(2015, 1, 1);
    private static readonly string[] Labels = ["drizzle", "fog", "rain", "snow", "sun"];
    private const string ForecastAdvice = "a forecast can only use what is known today, so build its features from today's columns " +
        "(precipitation, temp_max, temp_min, wind, weather), never from rain_tomorrow.";

    private static (DataFrame Train, DataFrame Test) Days() => TimeSplit.Before(CourseData.LoadSeattleWeather(), "date", TestFrom);

    private static double ShareOf(DataFrame days, string label) => days["weather"].Cast<string>().Count(w => w == label) / (double)days.Rows.Count;

    private static string MostCommon(DataFrame days) => days["weather"].Cast<string>().GroupBy(w => w).MaxBy(g => g.Count())!.Key;

    private static double RuleAccuracy(Func<float, string> rule)
    {
        var test = Days().Train;
        var precipitation = test["precipitation"].Cast<float?>().Select(p => p!.Value).ToList();
        var answers = precipitation.Select(rule).ToList();
        var odd = answers.FindIndex(a => !Labels.Contains(a));
        if (odd >= 0)
            throw new ModelRejectedException($"For {precipitation[odd]} mm your rule answered {(answers[odd] is null ? "null" : $"\"{answers[odd]}\"")}, " +
                $"which is not a label. The labels are: {string.Join(", ", Labels)}.");
        return answers.Zip(test["weather"].Cast<string>(), (answer, actual) => answer == actual ? 1.0 : 0.0).Average();
    }

    /// <summary>
    /// For each day, whether the day <paramref name="ahead"/> days later (1: tomorrow, 0: today, −1: yesterday) had any
    /// precipitation; missing where that day is not in the data.
    /// </summary>
    internal static BooleanDataFrameColumn WetDay(DataFrame days, int ahead = 1) =>
        LookAhead(days["precipitation"].Cast<float?>().ToList(), ahead, precipitation => precipitation > 0);

    /// <summary>The known mistake of 09.4: whether tomorrow's label is "rain", instead of its measured precipitation.</summary>
    private static BooleanDataFrameColumn TomorrowsLabel(DataFrame days) => LookAhead(days["weather"].Cast<string>().ToList(), 1, weather => weather == "rain");

    private static BooleanDataFrameColumn LookAhead<T>(IReadOnlyList<T> values, int ahead, Func<T, bool> isWet) =>
        new("rain_tomorrow", Enumerable.Range(0, values.Count)
            .Select(day => day + ahead >= 0 && day + ahead < values.Count ? isWet(values[day + ahead]) : (bool?)null));

    /// <summary>The days that have a tomorrow, with the label rain_tomorrow, split at 2015 as the lesson splits them.</summary>
    private static (DataFrame Train, DataFrame Test) ForecastDays()
    {
        var days = CourseData.LoadSeattleWeather();
        days.Columns.Add(WetDay(days));
        return TimeSplit.Before(days.Filter(days["rain_tomorrow"].ElementwiseIsNotNull()), "date", TestFrom);
    }

    /// <summary>Days without their label, and the label apart: what a forecast is scored on.</summary>
    private static (DataFrame Days, bool[] RainTomorrow) WithoutLabel(DataFrame days)
    {
        var rainTomorrow = days["rain_tomorrow"].Cast<bool?>().Select(r => r!.Value).ToArray();
        var unlabelled = days.Clone();
        unlabelled.Columns.Remove("rain_tomorrow");
        return (unlabelled, rainTomorrow);
    }

    /// <summary>The rows of <paramref name="days"/> whose year <paramref name="keep"/> accepts.</summary>
    private static DataFrame Years(DataFrame days, Func<int, bool> keep) =>
        days.Filter(new BooleanDataFrameColumn("keep", days["date"].Cast<DateTime>().Select(d => keep(d.Year))));

    /// <summary>The 2015 days that have a tomorrow, as the lesson builds them but without the label, and whether it rained the next day.</summary>
    internal static (DataFrame Days, bool[] RainTomorrow) HeldOutForecastDays() => WithoutLabel(ForecastDays().Test);

    /// <summary>The area under the ROC curve of a forecast model's Score on <paramref name="days"/>.</summary>
    private static double Auc(ITransformer model, DataFrame days, bool[] rainTomorrow)
    {
        var scored = Checks.TransformHeldOut(model, days, "days", ForecastAdvice);
        if (scored.Schema.GetColumnOrNull("Score")?.Type != NumberDataViewType.Single || scored.Schema.GetColumnOrNull("PredictedLabel")?.Type != BooleanDataViewType.Instance)
            throw new ModelRejectedException("The model's output needs a Score (a number) and a PredictedLabel (true or false), as a binary classifier's has: " +
                "end the pipeline with a binary classification trainer, e.g. ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: \"rain_tomorrow\").");
        return BinaryCurves.Roc(rainTomorrow, scored.GetColumn<float>("Score").ToList()).Area;
    }

    /// <summary>The area under the ROC curve of a fitted forecast model on the 2015 days (the lesson's final look; the tests use it).</summary>
    internal static double ForecastAuc(ITransformer model)
    {
        var (days, rainTomorrow) = HeldOutForecastDays();
        return Auc(model, days, rainTomorrow);
    }

    /// <summary>
    /// 09.5's score: leave one training year out at a time (fit on the other two, score the third) and average the three
    /// areas under the ROC curve. Neighbouring days are alike, so whole years, not shuffled days, are held out.
    /// </summary>
    internal static double CrossValidatedForecastAuc(IEstimator<ITransformer> pipeline)
    {
        var train = ForecastDays().Train;
        return TrainingYears.Average(year =>
        {
            var model = pipeline.Fit(Years(train, y => y != year));
            var (days, rainTomorrow) = WithoutLabel(Years(train, y => y == year));
            return Auc(model, days, rainTomorrow);
        });
    }

    private static readonly int[] TrainingYears = [2012, 2013, 2014];

    /// <summary>
    /// 09.6's score: the file at the answer's path is loaded as the app would load it, and must give the same scores as the
    /// lesson's forecastModel (which the check cell passes) on every training day, so that the file holds the model judged in
    /// 09.5 and section 5, not another; the result is its area under the ROC curve on those days.
    /// </summary>
    private static double SavedModelAuc((string Path, ITransformer? Model)? answer)
    {
        var (path, model) = answer!.Value;
        if (model is null)
            throw new ModelRejectedException("There is no forecastModel yet: answer 09.5, run section 4's cell that fits it, then save it and run this cell again.");
        if (!File.Exists(path))
            throw new ModelRejectedException($"There is no file at '{Path.GetFullPath(path)}'. Save the model with ml.Model.Save and give the path you saved it to.");
        ITransformer loaded;
        try
        {
            loaded = new MLContext().Model.Load(path, out _);
        }
        catch (Exception e)
        {
            throw new ModelRejectedException($"'{path}' could not be loaded as an ML.NET model ({e.GetType().Name}: {e.Message}). Write it with ml.Model.Save.");
        }
        var (days, rainTomorrow) = WithoutLabel(ForecastDays().Train);
        var auc = Auc(loaded, days, rainTomorrow);
        var fromFile = Scores(loaded, days);
        var inMemory = Scores(model, days);
        var differ = Enumerable.Range(0, fromFile.Count).FirstOrDefault(d => !(Math.Abs(fromFile[d] - inMemory[d]) <= 1e-5), -1);
        if (differ >= 0)
            throw new ModelRejectedException($"The file's model is not forecastModel: on {days["date"][differ]:yyyy-MM-dd} it scores {fromFile[differ]:0.0000}, " +
                $"forecastModel {inMemory[differ]:0.0000}. Save forecastModel itself, the model fitted on forecastTrain in section 4.");
        return auc;
    }

    private static List<float> Scores(ITransformer model, DataFrame days) =>
        Checks.TransformHeldOut(model, days, "days", ForecastAdvice).GetColumn<float>("Score").ToList();

    /// <summary>09.1: the accuracy of always answering the training years' most common label.</summary>
    public static Exercise<double?> BaselineAccuracy { get; } = new(
        "09.1", "the baseline to beat",
        Checks.Number(() => ShareOf(Days().Test, MostCommon(Days().Train)), tolerance: 0.002,
            (() => ShareOf(Days().Test, MostCommon(Days().Test)), "That is how often 2015's own most common label occurs, which a baseline cannot know in advance: take the most common label of the training years."),
            (() => ShareOf(Days().Train, MostCommon(Days().Train)), "That is the label's share of the training days; like every model, the baseline is scored on the test days."),
            (() => 100 * ShareOf(Days().Test, MostCommon(Days().Train)), "Give it as a share between 0 and 1, as the course's accuracies are."),
            (() => 1.0 / Labels.Length, "That would be right if the five labels were equally common; they are far from it.")),
        ["Which label is the most common in trainDays? A model that always answers it is right exactly on the test days with that label.",
         "trainDays[\"weather\"].Cast<string>() gives the labels; GroupBy, MaxBy and Count do the rest, as in lesson 04's exercise 04.1."],
        """
        var mostCommon = trainDays["weather"].Cast<string>().GroupBy(w => w).MaxBy(g => g.Count())!.Key;
        double? baselineAccuracy = testDays["weather"].Cast<string>().Count(w => w == mostCommon) / (double)testDays.Rows.Count;
        """);

    /// <summary>09.2: a one-line rule from precipitation alone.</summary>
    public static Exercise<Func<float, string>?> Rule { get; } = new(
        "09.2", "a one-line rule",
        Checks.Score<Func<float, string>>(RuleAccuracy, threshold: 0.80, "accuracy", on: "on the training days (2012 to 2014)",
            failure: "Your rule threw an exception on a training day ({0})."),
        ["Look at the box plot again: which labels ever have precipitation above 0?",
         "Two labels are enough: one for a wet day, one for a dry day. Pick the most common label of each kind.",
         "precipitation => precipitation > 0 ? \"…\" : \"…\""],
        """Func<float, string>? rule = precipitation => precipitation > 0 ? "rain" : "sun";""");

    /// <summary>
    /// The report of section 3's label classifier on the 2015 days, rebuilt as the lesson builds it: what 09.3's answer and its
    /// known mistakes are checked against. It is fitted once however many times they are checked.
    /// </summary>
    internal static ClassificationReport LabelReport => LabelReportOnce.Value;

    private static readonly Lazy<ClassificationReport> LabelReportOnce = new(FitLabelReport);

    private static ClassificationReport FitLabelReport()
    {
        var ml = new MLContext(seed: 1);
        var (train, test) = Days();
        var model = ml.Transforms.Conversion.MapValueToKey("Label", "weather")
            .Append(ml.Transforms.Concatenate("Features", "precipitation", "temp_max", "temp_min", "wind"))
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.01f))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedWeather", "PredictedLabel"))
            .Fit(train);
        return ClassificationReport.From(model.Transform(test), "weather", "PredictedWeather");
    }

    /// <summary>Wrong predictions whose true label (row) is <paramref name="label"/>, or, with <paramref name="byPrediction"/>, whose predicted label (column) is.</summary>
    private static int Errors(ClassificationReport report, string label, bool byPrediction = false)
    {
        var k = report.Classes.ToList().IndexOf(label);
        return Enumerable.Range(0, report.Classes.Count).Where(other => other != k)
            .Sum(other => byPrediction ? report.ConfusionMatrix[other][k] : report.ConfusionMatrix[k][other]);
    }

    private static int AllErrors(ClassificationReport report) => report.Classes.Sum(label => Errors(report, label));

    /// <summary>09.3: the share of the classifier's wrong predictions that fall on fog days.</summary>
    public static Exercise<double?> FogShareOfErrors { get; } = new(
        "09.3", "where the errors are",
        Checks.Number(() => { var r = LabelReport; return Errors(r, "fog") / (double)AllErrors(r); }, tolerance: 0.005,
            (() => { var r = LabelReport; return Errors(r, "fog") / (double)r.ConfusionMatrix.Sum(row => row.Sum()); },
                "That is a share of all the 2015 days. The exercise asks for a share of the wrong predictions: divide by their number, all the cells off the diagonal."),
            (() => { var r = LabelReport; return Errors(r, "fog") / (double)r.ConfusionMatrix[r.Classes.ToList().IndexOf("fog")].Sum(); },
                "That is the share of the fog days that were missed (every one of them). The exercise asks what share of all the wrong predictions are fog days."),
            (() => { var r = LabelReport; return Errors(r, "fog", byPrediction: true) / (double)AllErrors(r); },
                "That counts the days predicted as fog, a column of the matrix. A true label is a row: count the fog row's cells off the diagonal."),
            (() => { var r = LabelReport; return 100.0 * Errors(r, "fog") / AllErrors(r); }, "Give it as a share between 0 and 1.")),
        ["In labelReport.ConfusionMatrix, row i holds the days whose true label is labelReport.Classes[i], and column j the days predicted as Classes[j]. The diagonal holds the right predictions.",
         "The wrong predictions of one true label: its row's sum minus its diagonal cell. All the wrong predictions: the same, summed over the rows.",
         "var fog = labelReport.Classes.ToList().IndexOf(\"fog\"); then (row sum − diagonal) for fog, divided by the total off the diagonal."],
        """
        var matrix = labelReport.ConfusionMatrix;
        int WrongIn(int row) => matrix[row].Sum() - matrix[row][row];
        var fogRow = labelReport.Classes.ToList().IndexOf("fog");
        double? fogShareOfErrors = WrongIn(fogRow) / (double)Enumerable.Range(0, matrix.Length).Sum(WrongIn);
        """);

    /// <summary>09.4: the label of the forecast, tomorrow's rain.</summary>
    public static Exercise<DataFrameColumn?> RainTomorrow { get; } = new(
        "09.4", "build the label",
        Checks.Column(() => WetDay(CourseData.LoadSeattleWeather()), tolerance: 0,
            (() => WetDay(CourseData.LoadSeattleWeather(), ahead: 0), "That is whether it rained today. A model given today's precipitation would only have to copy it: the label must come from the next day."),
            (() => WetDay(CourseData.LoadSeattleWeather(), ahead: -1), "That looks one day back: it is whether it rained yesterday. The label is about the next row, day + 1."),
            (() => TomorrowsLabel(CourseData.LoadSeattleWeather()), "That uses tomorrow's weather label. The exercise defines rain by what was measured: precipitation above 0 (the label says \"rain\" on some dry days, and \"snow\" is wet too).")),
        ["For the day in row i, the answer is about row i + 1: precipitation[i + 1] > 0.",
         "The last day has no next day in the data: its value is null. A bool? can hold null.",
         "days[\"precipitation\"].Cast<float?>().ToList() gives the precipitation as a list; new BooleanDataFrameColumn(\"rain_tomorrow\", values) makes the column."],
        """
        var precipitation = days["precipitation"].Cast<float?>().ToList();
        DataFrameColumn? rainTomorrow = new BooleanDataFrameColumn("rain_tomorrow",
            precipitation.Select((_, day) => day + 1 < precipitation.Count ? precipitation[day + 1] > 0 : (bool?)null));
        """);

    /// <summary>09.5: a forecast pipeline that beats single measurements, cross-validated on the training years.</summary>
    public static Exercise<IEstimator<ITransformer>?> ForecastModel { get; } = new(
        "09.5", "a forecast model",
        Checks.Pipeline(CrossValidatedForecastAuc, threshold: 0.755, "area under the ROC curve", "the training years (each year held out in turn)"),
        ["Lesson 05's binary classifier is the pattern: Concatenate the measurements into Features, NormalizeMeanVariance with fixZero: false (a real z-score), then ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: \"rain_tomorrow\"). Hand over the pipeline, not fitted.",
         "One measurement is not enough: with precipitation alone the checker's cross-validation stays below the bar. Use all four.",
         "Boosted trees with their default settings overfit 1,100 days. A linear model, or trees with few leaves and many days per leaf, do better."],
        """
        IEstimator<ITransformer>? forecastPipeline = ml.Transforms.Concatenate("Features", "precipitation", "temp_max", "temp_min", "wind")
            .Append(ml.Transforms.NormalizeMeanVariance("Features", fixZero: false))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "rain_tomorrow"));
        """);

    /// <summary>09.6: the model saved as the app will load it.</summary>
    public static Exercise<(string Path, ITransformer? Model)?> SavedModel { get; } = new(
        "09.6", "ship it",
        Checks.Score<(string Path, ITransformer? Model)?>(SavedModelAuc, threshold: 0.70, "area under the ROC curve", on: "on the training days it learned from",
            failure: "The saved model could not score the training days ({0})."),
        ["Lesson 07, section 1: ml.Model.Save(model, schema, path) writes the whole pipeline to one zip file.",
         "The schema is the training data's: ((IDataView)forecastTrain).Schema. The folder is Path.Combine(CourseFolders.Find().Artifacts, \"models\"); create it first."],
        """
        var modelFile = Path.Combine(CourseFolders.Find().Artifacts, "models", "rain-tomorrow.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(modelFile)!);
        ml.Model.Save(forecastModel, ((IDataView)forecastTrain).Schema, modelFile);
        string? savedModelPath = modelFile;
        """);

    /// <summary>09.7: the note to the events team.</summary>
    public static Exercise<string?> Report { get; } = new(
        "09.7", "report to the team",
        Checks.Reflection(30,
            "From today's four measurements, the model gives a chance of rain tomorrow. On 2015, a year it never saw, it ranked " +
            "rainy days above dry ones with an area under the ROC curve of 0.772, and at its default threshold it was right " +
            "on about 74% of days, against 70% for \"tomorrow will be like today\": a real but modest improvement, and its " +
            "probability lets you choose between missing rain and false alarms. Limits: one station, four daily numbers and four " +
            "years; it knows nothing of the weather systems a real forecast tracks, so use it as a rough guide, and check it " +
            "again each season.",
            new KeyIdea("what the model tells the team", "chance", "probabilit", "forecast", "rain tomorrow", "tomorrow's", "today's", "measurements"),
            new KeyIdea("how it compares with \"tomorrow like today\"", "persist", "like today", "same as today", "better than", "compared with", "compared to", "beats", "baseline", "naive"),
            new KeyIdea("the numbers that say so", "auc", "area under", "accuracy", "percent", "%", "0.7", "70", "73", "74", "75", "77", "78", "right on", "correct on"),
            new KeyIdea("a limitation", "limit", "one station", "single station", "four years", "rough", "guide", "modest", "weather systems", "caution", "careful", "not reliable", "uncertain", "not a real forecast", "not a substitute")),
        ["Say what goes in and what comes out, in the team's words.", "Give the numbers that matter next to the simple alternative, and name one thing it cannot do."],
        """string? report = "Given today's precipitation, temperatures and wind, the model estimates the chance of rain tomorrow. On 2015, which it never saw, it was right on about 74% of days against 70% for assuming tomorrow is like today, with an AUC of 0.772. It is one station and four years of data and knows nothing about incoming weather systems, so treat it as a rough guide, not a forecast.";""");

    /// <summary>The lesson's exercises, in order.</summary>
    public static IReadOnlyList<IExercise> All { get; } = [BaselineAccuracy, Rule, FogShareOfErrors, RainTomorrow, ForecastModel, SavedModel, Report];
}
