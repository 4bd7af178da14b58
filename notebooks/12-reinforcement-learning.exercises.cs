// 12 · Reinforcement learning: agents that learn from reward: the exercises
// The exercises of lesson 12 of Machine Learning with C# as a .NET 10 file-based app: each exercise, its
// answer cell and its check, and only the cells of the lesson they need, so that a run checks your answers in
// seconds. The lesson itself, with its text, results and charts, is notebooks/12-reinforcement-learning.cs.
//
// Run it from the course folder (or from anywhere, with the path to this file); the .NET 10 SDK is all it
// needs:
//     dotnet run --file notebooks/12-reinforcement-learning.exercises.cs
// To do an exercise, replace the null in its answer cell and run it again. Its check says whether you got it
// and, if not, what is off; add a line such as display(Lesson12.ValueByHand.Hint()) for a hint (Hint(2) for
// the next, and so on) or .Solution() for a worked answer. Your progress is kept in .course/progress.json,
// shared with the notebook and the lesson's app.
//
// Made from notebooks/12-reinforcement-learning.ipynb by
//     dotnet run --project src/MLCourse.Runner -- --export-apps 12
// and checked by the course's tests to match it. The notebook's text is here as comments, and each notebook
// cell starts at a line like
//     // ── cell 12 ──────

// Build settings: an ordinary program, as the notebook kernel is (ML.NET, the lessons' JSON and the course's
// progress file use reflection, which a file-based app leaves out by default), with the kernel's namespaces
// and nullable rules, where a warning never stops a lesson.
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property ImplicitUsings=disable
#:property Nullable=annotations
#:property TreatWarningsAsErrors=false
// The notebook's packages. Their versions are pinned once, in Directory.Packages.props: Microsoft.ML@6.0.0,
// Microsoft.Data.Analysis@0.24.0, Plotly.NET@6.0.0, Plotly.NET.CSharp@0.14.0, XPlot.Plotly@4.1.0,
// Parquet.Net@6.1.0.
// Left out: Plotly.NET.Interactive, which only teaches the notebook kernel to display things.
#:package Microsoft.ML
#:package Microsoft.Data.Analysis
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package XPlot.Plotly
#:package Parquet.Net
#:project ../src/MLCourse/MLCourse.csproj

// The namespaces the notebook kernel imports in every cell, then those the lesson's cells import.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Diagnostics;
using Microsoft.Data.Analysis;
using MLCourse;
using MLCourse.Charts;
using MLCourse.Data;
using MLCourse.Reinforcement;
using Plotly.NET.CSharp;
using MLCourse.Exercises;

// A cell kept here for one of its functions may declare others that the exercises do not call: no warning for
// those.
#pragma warning disable CS8321

// The notebook kernel runs in the notebooks folder; so does this program, wherever it is started from, so
// that relative paths mean the same.
if (AppContext.GetData("EntryPointFileDirectoryPath") is string appFolder)
    Environment.CurrentDirectory = appFolder;
// The notebook kernel knows every code-page character set (windows-1252, ISO-2022-JP, …: its C# compiler
// registers them); so does this program, so that e-mail and other text decode the same.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

MLCourse.ConsoleDisplay.Heading(1, "12 · Reinforcement learning: agents that learn from reward: the exercises");

// ── cell 2 ─────────────────────────────────────────────────────────────────────────────────────────────────
// Moved from this cell: its #r lines (the #: lines at the top).
// Course setup: the same first cell in every lesson. Run it before any other cell.
// It loads the course's helper library, which you build once, in the course folder: dotnet build src/MLCourse
// (if you skip that, this cell fails with CS0006: MLCourse.dll could not be found).
// The kernel: ".NET Interactive" in VS Code, ".NET (C#)" in Jupyter.

MLCourse.Course.Start();

// (Cells 3 to 40 of the lesson are not needed by the exercises: notebooks/12-reinforcement-learning.cs has
// them.)

// ### Exercise 12.1 · A value by hand
//
// A tiny task with two states, A and B, and γ = 0.9:
//
// - from A, **walk** to B: reward −1;
// - from B, **walk** to the goal: reward +10, and the episode ends;
// - from A or from B, **jump** for the goal: it lands with probability 0.8 (reward +10) and falls with
//   probability 0.2 (reward −5); either way the episode ends.
//
// What is *V**(A), the return to expect from A when acting optimally? Work it out on paper with Bellman's
// equation, then give the number.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.1 · A value by hand");

// ── cell 42 · your answer to exercise 12.1 ─────────────────────────────────────────────────────────────────
double? valueOfA = null;

// ── cell 43 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.ValueByHand.Check(valueOfA));

// ### Exercise 12.2 · The expected SARSA update
//
// Section 4 showed two targets for *Q*(*s*, *a*): Q-learning's takes the best next action, SARSA's the next
// action the agent really takes. **Expected SARSA** (Sutton and Barto, section 6.6) takes neither: it uses
// the value the next state is *expected* to have under the agent's ε-greedy policy, each next action's
// *Q*(*s*′, *a*′) weighted by the probability that the agent takes it. With *n* actions, the agent takes a
// random action with probability ε (each action, the best one included, equally likely) and otherwise the
// best one. Work out those probabilities, then write the update as a function.
//
// It gets a `OneTransition` `t`: the current estimate `t.Q` = *Q*(*s*, *a*), the `t.Reward`, the next state's
// estimates `t.NextQ` (one per action), whether the episode `t.Terminated`, the step size `t.Alpha`, the
// discount `t.Gamma` and the agent's `t.Epsilon`. It returns the new *Q*(*s*, *a*). As with the other
// updates, when the episode has terminated there is no next state.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.2 · The expected SARSA update");

// ── cell 45 · your answer to exercise 12.2 ─────────────────────────────────────────────────────────────────
#nullable enable   // lets the answer below start as null (Jupyter's kernel warns otherwise)
Func<OneTransition, double>? expectedSarsa = null;
#nullable restore   // (a notebook cell's #nullable ends with the cell)

// ── cell 46 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.ExpectedSarsaUpdate.Check(expectedSarsa));

// ### Exercise 12.3 · ε for a budget
//
// A newspaper tries six headlines for a story; their click rates are `Lesson12.Headlines` (the agent does not
// know them). The story will be read by **10,000 readers** (`Lesson12.Readers`). Which ε makes ε-greedy
// collect the most clicks over them? Is the lesson's ε = 0.1 right here? Experiment:
// `RegretCurve.Measure(Lesson12.Headlines, (arms, seed) => new EpsilonGreedy(arms, ε, seed), pulls:
// Lesson12.Readers, runs: 200, seed: 1).AverageReward` is the clicks per reader for an ε. Then give your ε.
// The checker runs ε-greedy with it on 500 runs of its own, seeded differently from yours, and asks for at
// least 0.865 clicks per reader.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.3 · ε for a budget");

// ── cell 48 · your answer to exercise 12.3 ─────────────────────────────────────────────────────────────────
double? bestEpsilon = null;

// ── cell 49 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.BestEpsilon.Check(bestEpsilon));

// ### Exercise 12.4 · The start's value on a slippery cliff
//
// On ice, each move goes sideways with probability 0.1 (0.05 to either side): `GridWorld.Cliff(slip: 0.1)`.
// Every step still costs −1, and γ = 1. What is *V**(start), the return to expect from the start when acting
// optimally on ice? Before you compute it, predict: will it be close to the dry cliff's −13, and which way
// will the optimal walker go? Then compute it (two decimals are enough), and draw the icy grid's values and
// policy with `Plot`, as in section 3, to see where the optimal walker goes and why.
MLCourse.ConsoleDisplay.Heading(3, "Exercise 12.4 · The start's value on a slippery cliff");

// ── cell 51 · your answer to exercise 12.4 ─────────────────────────────────────────────────────────────────
double? slipperyStart = null;

// ── cell 52 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Lesson12.SlipperyStart.Check(slipperyStart));

// Your progress so far:

// ── cell 54 ────────────────────────────────────────────────────────────────────────────────────────────────
display(Progress.Show());

// ── end of the lesson ──
// The notebook shows each cell's last value, and whatever display(…) is given; a program prints them instead.
static void display(object? value) => MLCourse.ConsoleDisplay.Show(value);
