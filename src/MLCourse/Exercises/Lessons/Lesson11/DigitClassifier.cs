namespace MLCourse.Exercises;

/// <summary>
/// Exercise 11.4's answer: a function from images (784 values in 0–1 each) to digits, and the TorchSharp network behind it
/// (the model itself: the checker counts its weights and biases and looks for a convolution in it).
/// </summary>
public sealed record DigitClassifier(Func<float[][], int[]> Classify, object Network);
