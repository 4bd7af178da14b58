using MLCourse.Language;

namespace MLCourse.Tests.Library.Language;

public sealed class GptSizeTests
{
    [Fact]
    public void A_block_is_twelve_d_squared_plus_thirteen_d_counted_layer_by_layer()
    {
        const long d = 128;
        var byLayer = 2 * (2 * d) + (d * 3 * d + 3 * d) + (d * d + d) + (d * 4 * d + 4 * d) + (4 * d * d + d);

        Assert.Equal(byLayer, GptSize.BlockParameters(d));
        Assert.Equal(7_087_872, GptSize.BlockParameters(768));   // GPT-2 small's block (nanoGPT's count)
    }

    /// <summary>
    /// GPT-2 small, as released: 124,439,808 parameters (the count Hugging Face reports, and the sum of the released
    /// checkpoint's tensors; nanoGPT prints 123.65M, because its count leaves out the 1,024 × 768 position embeddings). Its output layer shares the token embedding's weights and has no bias, so ours minus that layer.
    /// </summary>
    [Fact]
    public void The_formula_gives_gpt2_small_s_published_size()
    {
        Assert.Equal(124_439_808, GptSize.Parameters(50_257, 1_024, 768, 12) - (768L * 50_257 + 50_257));
    }

    /// <summary>The lesson's model (width 64) and a wider one (128), each counted from a TorchSharp model's tensors in a console program.</summary>
    [Fact]
    public void The_lesson_s_model_has_the_size_its_tensors_add_up_to()
    {
        Assert.Equal(215_641, GptSize.Parameters(vocabulary: 89, context: 64, embedding: 64, layers: 4));
        Assert.Equal(824_409, GptSize.Parameters(89, 64, 128, 4));   // a wider variant, counted from its tensors the same way
    }
}
