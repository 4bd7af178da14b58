using MLCourse.Runner.Engine;

namespace MLCourse.Tests.Kernel;

/// <summary>
/// Exercise 11.4's checker on real TorchSharp networks, in a small lesson of its own that runs where libtorch runs (natively,
/// or in the Debian 13 root, as lesson 11 does: the runner routes any lesson that loads TorchSharp). The checker counts the
/// parameters from the model, so the lesson's own 46,730-parameter CNN is over budget whatever count a learner would state;
/// a dense network within the budget is refused for having no convolution; and a small trained CNN, the solution's, passes.
/// Each expectation is a cell that throws with the message it got, so a wrong verdict fails the run with that message.
/// </summary>
[Trait("Category", KernelGuard.Category)]
public sealed class Lesson11NetworkCheckTests(LessonRuns runs)
{
    private const string Models = """
        using TorchSharp;
        using static TorchSharp.torch;
        using MLCourse.Data;
        using MLCourse.Exercises;
        torch.set_num_threads(1);
        void Expect(string message, string start) { if (!message.StartsWith(start)) throw new InvalidOperationException($"expected a message starting '{start}', got '{message}'"); }
        int[] Classify(nn.Module<Tensor, Tensor> model, float[][] images)
        {
            using var scope = torch.NewDisposeScope();
            using var noGradients = torch.no_grad();
            model.eval();
            return model.forward(torch.tensor(images.SelectMany(i => i).ToArray(), new long[] { images.Length, 784 })).argmax(1).data<long>().Select(d => (int)d).ToArray();
        }
        """;

    private const string LessonCnnOverBudget = """
        torch.manual_seed(1);
        var lessonCnn = nn.Sequential(nn.Unflatten(1, new long[] { 1, 28, 28 }),
            nn.Conv2d(1, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(16, 32, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(512, 64), nn.ReLU(), nn.Linear(64, 10));
        Expect(Lesson11.HiddenDigits.Check(new DigitClassifier(images => Classify(lessonCnn, images), lessonCnn)).Message,
            "Your network has 46,730 weights and biases (counted from its parameters); the exercise allows at most 15,000.");
        """;

    private const string DenseRefused = """
        var dense = nn.Sequential(nn.Linear(784, 16), nn.ReLU(), nn.Linear(16, 10));   // 12,730 parameters: within the budget
        Expect(Lesson11.HiddenDigits.Check(new DigitClassifier(images => Classify(dense, images), dense)).Message,
            "Your network has no convolution: its layers are Linear, ReLU, Linear.");
        """;

    private const string SolutionAccepted = """
        torch.manual_seed(2);
        var small = nn.Sequential(nn.Unflatten(1, new long[] { 1, 28, 28 }),
            nn.Conv2d(1, 8, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(256, 40), nn.ReLU(), nn.Linear(40, 10));   // 14,114 parameters
        var train = CourseData.LoadDigits().Train;
        var (x, y) = (torch.tensor(train.ToFloats(), new long[] { train.Count, 784 }), torch.tensor(train.Labels.Select(d => (long)d).ToArray()));
        var optimizer = torch.optim.Adam(small.parameters(), 0.003);
        var shuffle = new torch.Generator(7);
        for (var epoch = 0; epoch < 5; epoch++)
        {
            small.train();
            var order = torch.randperm(train.Count, generator: shuffle);
            for (long start = 0; start < train.Count; start += 32)
            {
                using var scope = torch.NewDisposeScope();
                var batch = order.narrow(0, start, Math.Min(32, train.Count - start));
                optimizer.zero_grad();
                nn.functional.cross_entropy(small.forward(x.index(batch)), y.index(batch)).backward();
                optimizer.step();
            }
        }
        var verdict = Lesson11.HiddenDigits.Check(new DigitClassifier(images => Classify(small, images), small));
        if (verdict.Outcome != Outcome.Correct) throw new InvalidOperationException($"expected the small CNN to pass, got: {verdict.Message}");
        """;

    [Fact]
    public async Task The_network_check_counts_parameters_from_the_model_wants_a_convolution_and_accepts_a_small_trained_cnn()
    {
        var course = TemporaryCourse.Create("network-check");
        var lesson = course.Add("91-network-check", NotebookJson.Of(
            NotebookJson.Code(TemporaryCourse.SetupCell()),
            NotebookJson.Code("#r \"nuget: TorchSharp-cpu, 0.107.0\""),
            NotebookJson.Code(Models),
            NotebookJson.Code(LessonCnnOverBudget),
            NotebookJson.Code(DenseRefused),
            NotebookJson.Code(SolutionAccepted)));

        var report = await runs.InSlot(cancel => course.Engine().RunAsync(lesson, Executor.Notebook, solutions: false, cancel));

        Assert.True(report.Passed, report.Describe());
        Assert.Equal(6, report.CodeCells);
    }
}
