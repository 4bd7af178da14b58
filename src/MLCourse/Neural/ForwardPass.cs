namespace MLCourse.Neural;

/// <summary>What one forward pass computed: the hidden layer's activations (after ReLU) and the class probabilities.</summary>
public sealed record ForwardPass(double[] Hidden, double[] Probabilities);
