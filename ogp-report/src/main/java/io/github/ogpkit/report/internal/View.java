package io.github.ogpkit.report.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the page template prints, every value a string made ready in Java (numbers with ASCII
 * digits, dates in ISO form), so that the template only places and escapes them. Internal.
 *
 * @param lang the language tag of the page, such as {@code en}
 * @param labels the headings and labels in that language
 * @param title the plan's title
 * @param facts the header's facts, in order
 * @param links the plan's links
 * @param findings the findings summary
 * @param outline the sections and measures, in document order
 * @param timeline the Gantt chart
 * @param workload the workload chart
 * @param member the member's status history, when the dataset has the member
 */
public record View(String lang, Labels labels, Text title, List<Fact> facts, List<LinkView> links,
    FindingsView findings, List<Row> outline, TimelineView timeline, WorkloadView workload,
    Optional<MemberView> member) {

  /**
   * Checks and copies.
   *
   * @param lang the language
   * @param labels the labels
   * @param title the title
   * @param facts the facts
   * @param links the links
   * @param findings the findings
   * @param outline the outline
   * @param timeline the timeline
   * @param workload the workload
   * @param member the member
   */
  public View {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(title, "title");
    facts = List.copyOf(facts);
    links = List.copyOf(links);
    Objects.requireNonNull(findings, "findings");
    outline = List.copyOf(outline);
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(member, "member");
  }

  /**
   * Returns a label.
   *
   * @param key the label's key
   * @return the label
   */
  public String t(String key) {
    return labels.get(key);
  }

  /**
   * A text of the plan with the language it is in.
   *
   * @param value the text
   * @param lang its language tag, empty when not known
   */
  public record Text(String value, String lang) {}

  /**
   * One fact of the header.
   *
   * @param label the label
   * @param value the value
   * @param lang the value's language tag, empty when it is the page's or none
   */
  public record Fact(String label, String value, String lang) {}

  /**
   * A link of the plan.
   *
   * @param rel the kind of link, as the format names it
   * @param href the address, empty when it is not http or https (then it is printed, not linked)
   * @param text the link's text: its title, or the address
   * @param lang the text's language tag, empty when none
   */
  public record LinkView(String rel, String href, String text, String lang) {}

  /**
   * The findings summary.
   *
   * @param summary the counts, as a sentence
   * @param rows the findings, most severe first, then in report order
   */
  public record FindingsView(String summary, List<FindingRow> rows) {}

  /**
   * One finding.
   *
   * @param severity the severity's name in lower case, for the class
   * @param severityLabel the severity, for people
   * @param rule the rule's id
   * @param document the document it is about: the plan, or a monitoring document's type and id
   * @param target the id of the element it is about
   * @param where what the link says: the number of the section or measure, or the plan
   * @param path the JSON pointer
   * @param message the message
   */
  public record FindingRow(String severity, String severityLabel, String rule, String document,
      String target, String where, String path, String message) {}

  /**
   * A section or measure of the outline.
   *
   * @param section whether it is a section
   * @param depth how deep it nests, 1 at the top
   * @param id its anchor id
   * @param number its number as printed
   * @param code its code, empty if none
   * @param ogpId its OGP commitment id, empty if none
   * @param title its title
   * @param institutions the institutions it names, by role
   * @param timeFrame its time frame, empty if none
   * @param printed its time as printed, empty if none
   * @param badges the latest statuses
   */
  public record Row(boolean section, int depth, String id, String number, String code,
      String ogpId, Text title, List<RoleNames> institutions, String timeFrame, Text printed,
      List<Badge> badges) {}

  /**
   * The institutions of one role.
   *
   * @param role the role, for people
   * @param names the institutions' names, in order
   */
  public record RoleNames(String role, List<Text> names) {}

  /**
   * A status badge.
   *
   * @param kind the kind of reporter, lower case, for the class ({@code government},
   *     {@code civil-society}, {@code irm}, {@code irm-completion})
   * @param status the status's name, lower case with hyphens, for the class
   * @param text the text, for people
   */
  public record Badge(String kind, String status, String text) {}

  /**
   * The Gantt chart.
   *
   * @param width the width
   * @param height the height
   * @param ticks the year ticks
   * @param groups the section labels
   * @param bars the bars
   * @param marker the latest as-of date's line, if there are progress reports
   * @param undated how many leaves are not drawn, as a sentence, empty if none
   * @param axisTop the y of the axis' top
   * @param axisBottom the y of the axis' bottom
   */
  public record TimelineView(String width, String height, List<Tick> ticks, List<Group> groups,
      List<Bar> bars, Optional<Marker> marker, String undated, String axisTop,
      String axisBottom) {}

  /**
   * A year tick.
   *
   * @param x where
   * @param label the year
   */
  public record Tick(String x, String label) {}

  /**
   * A group's label in the timeline.
   *
   * @param y the baseline
   * @param text the section's number and title, or empty for measures in no section
   * @param lang the title's language
   */
  public record Group(String y, String text, String lang) {}

  /**
   * A bar of the timeline.
   *
   * @param measure the measure's number
   * @param target the measure's anchor id
   * @param first the first day stated, ISO, empty for an open start
   * @param last the last day stated, ISO, empty for an open end
   * @param drawnFirst the first day drawn, ISO
   * @param drawnLast the last day drawn, ISO
   * @param shape {@code closed}, {@code open-start}, {@code open-end}, {@code open-both} or
   *     {@code permanent}
   * @param fill the fill: a colour or a gradient of the chart
   * @param x the x
   * @param y the y
   * @param w the width
   * @param h the height
   * @param labelY the baseline of the number
   * @param tooltip the number, title and time frame
   */
  public record Bar(String measure, String target, String first, String last, String drawnFirst,
      String drawnLast, String shape, String fill, String x, String y, String w, String h,
      String labelY, String tooltip) {}

  /**
   * The as-of line.
   *
   * @param x where
   * @param date the date, ISO
   * @param label the text
   */
  public record Marker(String x, String date, String label) {}

  /**
   * The workload chart.
   *
   * @param width the width
   * @param height the height
   * @param rows the institutions
   * @param legend one entry per role
   */
  public record WorkloadView(String width, String height, List<WorkloadRow> rows,
      List<Segment> legend) {}

  /**
   * One institution's bar.
   *
   * @param institution the institution's id
   * @param label the name, shortened to fit
   * @param name the full name
   * @param lang the name's language
   * @param y the bar's y
   * @param textY the baseline
   * @param segments one per role that has measures
   * @param total the total
   * @param totalX where the total is printed
   */
  public record WorkloadRow(String institution, String label, String name, String lang, String y,
      String textY, List<Segment> segments, String total, String totalX) {}

  /**
   * A part of a stacked bar, or a legend entry.
   *
   * @param role the role, lower case, for the class
   * @param count how many measures
   * @param x the x
   * @param w the width
   * @param tooltip the text
   */
  public record Segment(String role, String count, String x, String w, String tooltip) {}

  /**
   * The member's status history.
   *
   * @param name the member's name
   * @param lang the name's language
   * @param rows the changes, oldest first
   */
  public record MemberView(String name, String lang, List<StatusRow> rows) {}

  /**
   * One change of status.
   *
   * @param status the status's name, lower case with hyphens, for the class
   * @param label the status, for people
   * @param from when, as precisely as known
   * @param decidedBy who decided it, empty if not stated
   * @param reason why, empty if not stated
   * @param reasonLang the reason's language
   */
  public record StatusRow(String status, String label, String from, Text decidedBy,
      Text reason) {}
}
