using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Course;

/// <summary>
/// What ML.NET's CalculateFeatureContribution computes for a tree ensemble, recomputed here from the trees themselves:
/// lesson 08 says it, and says that the contributions do not add up to the prediction (unlike Saabas's or SHAP's).
/// </summary>
public sealed class TreeContributionFactsTests
{
    [Fact]
    public void A_tree_contribution_is_the_sum_of_other_branch_what_ifs_at_the_splits_on_the_feature_and_is_not_additive()
    {
        var ml = new MLContext(seed: 1);
        var cars = MLCourse.Exercises.LessonSplits.Cars();
        var preparation = CarPipeline.Preparation(ml).Fit(cars.TrainSet);
        var trees = CarPipeline.Trees(ml).Fit(preparation.Transform(cars.TrainSet));
        var test = preparation.Transform(cars.TestSet);
        var byMlNet = ml.Transforms.CalculateFeatureContribution(trees, numberOfPositiveContributions: 10, numberOfNegativeContributions: 10, normalize: false)
            .Fit(test).Transform(test).GetColumn<VBuffer<float>>("FeatureContributions").Select(v => v.DenseValues().ToArray()).ToList();
        var vectors = test.GetColumn<VBuffer<float>>("Features").Select(v => v.DenseValues().ToArray()).ToList();
        var scores = trees.Transform(test).GetColumn<float>("Score").ToList();
        var ensemble = trees.Model.TrainedTreeEnsemble;

        // Route x from a node to its leaf; a negative child is ~leaf.
        static int Leaf(RegressionTree tree, float[] x, int node)
        {
            while (node >= 0)
                node = x[tree.NumericalSplitFeatureIndexes[node]] <= tree.NumericalSplitThresholds[node] ? tree.LeftChild[node] : tree.RightChild[node];
            return ~node;
        }
        double[] WhatIfs(float[] x)
        {
            var contributions = new double[x.Length];
            foreach (var tree in ensemble.Trees)
            {
                var output = tree.LeafValues[Leaf(tree, x, 0)];
                for (var node = 0; node >= 0;)
                {
                    var left = x[tree.NumericalSplitFeatureIndexes[node]] <= tree.NumericalSplitThresholds[node];
                    var (taken, other) = left ? (tree.LeftChild[node], tree.RightChild[node]) : (tree.RightChild[node], tree.LeftChild[node]);
                    var ghost = other < 0 ? tree.LeafValues[~other] : tree.LeafValues[Leaf(tree, x, other)];
                    contributions[tree.NumericalSplitFeatureIndexes[node]] += output - ghost;
                    node = taken;
                }
            }
            return contributions;
        }

        for (var car = 0; car < 5; car++)
            Assert.All(WhatIfs(vectors[car]).Zip(byMlNet[car]), pair => Assert.Equal(pair.First, pair.Second, 3));
        var remainders = Enumerable.Range(0, 5).Select(car => scores[car] - byMlNet[car].Sum()).ToList();
        Assert.True(remainders.Max() - remainders.Min() > 5, $"Additive contributions would leave one baseline for every car; the remainders are {string.Join(", ", remainders)}.");
    }
}
