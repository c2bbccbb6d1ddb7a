/**
 * The demo year of the embedded default ({@code jifen.demo.year}): after the demo roster is loaded, and
 * only while the demo branches have no facts, it replays a fixed story ({@code demo/year.yml}) of the
 * current year up to the end of last month — meetings recorded through the chat by the recorder, monthly
 * figures (some dues late, a finding), declarations approved, rejected and one left pending, each finished
 * quarter's round opened, confirmed, signed off and its 公示 posted and closed — through the other modules'
 * public APIs, each step at the moment it happens in the story. See src/docs/demo.md. This module has no
 * public API.
 */
package cn.jifending.demo;
