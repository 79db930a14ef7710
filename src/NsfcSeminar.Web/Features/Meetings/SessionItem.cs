using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>A part of the meeting: its day, its title, who chaired it.</summary>
public sealed record SessionItem(string Anchor, DateOnly? Date, Bilingual Title, RecordLink? Chair);
