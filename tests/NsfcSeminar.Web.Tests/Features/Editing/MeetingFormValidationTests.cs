using AngleSharp.Dom;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class MeetingFormValidationTests : EditorComponentTest
{
    private static readonly EditingLookups People = EditingLookups.Empty with
    {
        People = [new LookupItem(1, "dou-xiankang", Bilingual.Of("Dou Xiankang", "窦贤康"))],
    };

    [Fact]
    public void Saving_an_empty_form_puts_each_message_beside_its_field()
    {
        var form = Render<MeetingFormHarness>();

        form.Find("form").Submit();

        Assert.Equal("Enter the address of the record (its slug), or a date and an English title to make one from.", MessageAfter(form, "meeting-slug"));
        Assert.Equal("Enter the date the seminar was held.", MessageAfter(form, "meeting-start"));
        Assert.False(form.Instance.Submitted);
    }

    /// <summary>The slug's hint says an empty address is made from the date and the English title.
    /// Once both are entered, the empty address was called malformed ("Use lower-case letters…")
    /// while the editor corrected the form, though saving would have made one.</summary>
    [Fact]
    public void An_empty_address_is_not_called_malformed_once_a_date_and_an_english_title_can_make_one()
    {
        var form = Render<MeetingFormHarness>();
        form.Find("form").Submit();

        form.Find("#meeting-start").Change("2025-03-14");
        form.Find("#meeting-en-present").Change(true);
        form.Find("#meeting-en-title").Input("First strategy seminar of 2025");

        Assert.Null(MessageAfterOrNull(form, "meeting-slug"));
        Assert.Null(MessageAfterOrNull(form, "meeting-start"));
    }

    [Fact]
    public void A_last_day_before_the_first_is_refused_beside_the_last_day_and_the_typed_dates_stay()
    {
        var input = ValidInput();
        input.StartDate = new DateOnly(2024, 11, 16);
        input.EndDate = new DateOnly(2024, 11, 15);
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, input));

        form.Find("form").Submit();

        Assert.Equal("The last day cannot be before the first day.", MessageAfter(form, "meeting-end"));
        Assert.Equal("2024-11-15", form.Find("#meeting-end").GetAttribute("value"));
        Assert.Equal("2024-11-16", form.Find("#meeting-start").GetAttribute("value"));
    }

    [Fact]
    public void A_slug_with_capitals_and_spaces_is_explained_and_kept_as_typed()
    {
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, ValidInput()));

        form.Find("#meeting-slug").Input("My Seminar 2024");
        form.Find("form").Submit();

        Assert.StartsWith("Use lower-case letters a–z, digits and single hyphens only", MessageAfter(form, "meeting-slug"), StringComparison.Ordinal);
        Assert.Equal("My Seminar 2024", form.Find("#meeting-slug").GetAttribute("value"));
    }

    [Fact]
    public void A_language_version_without_a_title_is_refused_beside_that_title()
    {
        var input = ValidInput();
        input.Text(Language.En).Present = true;
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, input));

        form.Find("form").Submit();

        Assert.Equal("Enter a title for this language version.", MessageAfter(form, "meeting-en-title"));
        Assert.Null(MessageAfterOrNull(form, "meeting-zh-title"));
    }

    [Fact]
    public void Two_originals_are_refused()
    {
        var input = ValidInput();
        input.Text(Language.En).Present = true;
        input.Text(Language.En).Title = "Strategy seminar";
        input.Text(Language.En).Provenance = TextProvenance.Original;
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, input));

        form.Find("form").Submit();

        Assert.Contains("Only one language version can be the original", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_row_with_nobody_chosen_is_refused_beside_the_person()
    {
        var input = ValidInput();
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, input).Add(c => c.Lookups, People));

        form.Find("button.button:not(.button--small)").Click();
        form.Find("form").Submit();

        Assert.Equal("Choose a person, an organisation or a group.", MessageAfter(form, "participant-1-person"));
    }

    [Fact]
    public void Participants_move_up_and_down_with_buttons()
    {
        var input = ValidInput();
        input.Participants.Add(new ParticipantInput { PersonId = 1, Position = new BilingualInput { En = "First" } });
        input.Participants.Add(new ParticipantInput { PersonId = 1, Role = ParticipantRole.Attendee, Position = new BilingualInput { En = "Second" } });
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, input).Add(c => c.Lookups, People));

        form.FindAll("button").First(b => b.TextContent == "Move down").Click();

        Assert.Equal(["Second", "First"], input.Participants.Select(p => p.Position.En));
        Assert.Equal("Second", form.Find("#participant-1-position-en").GetAttribute("value"));
    }

    [Fact]
    public void A_valid_form_submits()
    {
        var form = Render<MeetingFormHarness>(p => p.Add(c => c.Input, ValidInput()));

        form.Find("form").Submit();

        Assert.True(form.Instance.Submitted);
        Assert.Empty(form.FindAll(".validation-message"));
    }

    [Fact]
    public void Messages_follow_the_interface_language()
    {
        UseCulture("zh-Hans");
        var form = Render<MeetingFormHarness>();

        form.Find("form").Submit();

        Assert.Equal("请输入研讨会举行的日期。", MessageAfter(form, "meeting-start"));
    }

    private static MeetingInput ValidInput()
    {
        var input = new MeetingInput { Slug = "2024-11-16-strategy-seminar", StartDate = new DateOnly(2024, 11, 16) };
        input.Text(Language.Zh).Present = true;
        input.Text(Language.Zh).Title = "2024年第二次党组务虚研讨会";
        return input;
    }

    private static string MessageAfter(IRenderedComponent<MeetingFormHarness> form, string fieldId) =>
        MessageAfterOrNull(form, fieldId) ?? throw new Xunit.Sdk.XunitException($"No message beside #{fieldId}:\n{form.Markup}");

    /// <summary>The validation message in the same field block as the input.</summary>
    private static string? MessageAfterOrNull(IRenderedComponent<MeetingFormHarness> form, string fieldId) =>
        form.Find($"#{fieldId}").Closest(".field")?.QuerySelector(".validation-message")?.TextContent;
}
