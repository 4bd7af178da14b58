namespace MLCourse.Data;

/// <summary>A penguin's measurements, in millimetres and grams; null when not measured.</summary>
public sealed record Measurements(float? BeakLengthMm, float? BeakDepthMm, float? FlipperLengthMm, float? BodyMassG);
