using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>What differs between the forms when they save: the rest is <see cref="EditSession{TInput}"/>.</summary>
/// <param name="Flush">Brings streamed long texts to the server intact; false refuses the save.</param>
/// <param name="Store">Saves the input, measured from the baseline (the record's editor).</param>
/// <param name="Compare">The fields another editor changed, between the baseline and theirs.</param>
/// <param name="ShowProblems">Puts what the database refused beside its fields.</param>
/// <param name="Prepare">Fills what may be left empty (a slug or anchor made from the rest).</param>
/// <param name="Proceed">A last check before storing; false stops the save (a possible duplicate named).</param>
internal sealed record SaveSteps<TInput>(
    Func<Task<bool>> Flush,
    Func<TInput, TInput?, CancellationToken, Task<SaveResult<TInput>>> Store,
    Func<TInput, TInput, IReadOnlyList<ConflictField>> Compare,
    Action<IReadOnlyList<FieldProblem>> ShowProblems,
    Action<TInput>? Prepare = null,
    Func<TInput, Task<bool>>? Proceed = null)
    where TInput : class;
