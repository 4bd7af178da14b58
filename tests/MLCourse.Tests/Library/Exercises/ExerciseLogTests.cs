using MLCourse.Exercises;
using MLCourse.Tests.Support;

namespace MLCourse.Tests.Library.Exercises;

public sealed class ExerciseLogTests
{
    [Fact]
    public void Each_check_is_recorded_in_the_log_it_is_given_and_solved_stays_solved()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mlcourse-progress").FullName, "progress.json");
        var log = new ExerciseLog(file);
        var exercise = SampleExercises.Number();

        exercise.Check(42, log);
        exercise.Check(41, log);

        var entry = new ExerciseLog(file).Read()["99.1"];   // read back from the file
        Assert.Equal("Incorrect", entry.Last);
        Assert.True(entry.Solved);
    }

    [Fact]
    public void Without_the_setup_cell_checks_are_kept_in_memory_and_no_file_is_written()
    {
        var memory = new ExerciseLog();

        SampleExercises.Number().Check(42, memory);

        Assert.Null(memory.File);
        Assert.True(memory.Read()["99.1"].Solved);
        Assert.Null(ExerciseLog.Current.File);   // the tests never run Course.Start, so nothing they check reaches a learner's progress
    }

    [Fact]
    public void The_learner_s_log_is_the_runner_s_file_when_it_names_one_else_the_course_folder_s()
    {
        var course = new CourseFolders(Directory.CreateTempSubdirectory("mlcourse-course").FullName);
        var previous = Environment.GetEnvironmentVariable(ExerciseLog.ProgressVariable);
        try
        {
            Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, null);
            Assert.Equal(Path.Combine(course.Root, ".course", "progress.json"), ExerciseLog.ForLearner(course).File);
            Assert.EndsWith(Path.Combine(".mlcourse", "progress.json"), ExerciseLog.ForLearner(null).File);

            var runnerFile = Path.Combine(course.Artifacts, "notebooks", "progress.json");
            Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, runnerFile);
            Assert.Equal(runnerFile, ExerciseLog.ForLearner(course).File);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ExerciseLog.ProgressVariable, previous);
        }
    }
}
