namespace MLCourse.Exercises;

/// <summary>
/// Exercise 11.4's answer: a function from images (784 values in 0–1 each) to digits, and the number of weights and biases of
/// the network behind it (in TorchSharp: <c>model.parameters().Sum(p =&gt; p.numel())</c>).
/// </summary>
public sealed record DigitClassifier(Func<float[][], int[]> Classify, long Parameters);
