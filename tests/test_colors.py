"""The contrast maths of app.views.colors against the WCAG 2.x definitions and the
values published for them."""

import pytest
from PySide6.QtGui import QColor, QPalette

from app.views import colors


@pytest.mark.parametrize(("a", "b", "ratio"), [
    ("#000000", "#ffffff", 21.0),
    ("#ffffff", "#ffffff", 1.0),
    ("#767676", "#ffffff", 4.54),  # the lightest grey passing AA on white
    ("#777777", "#ffffff", 4.48),  # and the first one failing it
    ("#949494", "#ffffff", 3.03),  # large text / graphics on white
    ("#ff0000", "#ffffff", 4.00),
    ("#0000ff", "#ffffff", 8.59),
    ("#008000", "#ffffff", 5.14),
    ("#595959", "#ffffff", 7.00),  # AAA on white
])
def test_contrast_ratio_matches_published_values(a: str, b: str, ratio: float) -> None:
    assert colors.contrast(a, b) == pytest.approx(ratio, abs=0.01)
    assert colors.contrast(b, a) == pytest.approx(ratio, abs=0.01)  # symmetric


def test_relative_luminance() -> None:
    assert colors.luminance("#000000") == 0.0
    assert colors.luminance("#ffffff") == pytest.approx(1.0)
    assert colors.luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    assert colors.luminance("#ff0000") == pytest.approx(0.2126)
    assert colors.luminance(QColor(0, 255, 0)) == pytest.approx(0.7152)


@pytest.mark.parametrize("background", ["#ffffff", "#fafbfc", "#efefef", "#2b2b2b",
                                        "#1e1e1e", "#000000", "#808080", "#c62828"])
@pytest.mark.parametrize("colour", ["#c62828", "#2e7d32", "#ef8f00", "#78909c", "#263238",
                                    "#5e35b1", "#ffffff", "#000000"])
@pytest.mark.parametrize("minimum", [colors.TEXT_AA, colors.GRAPHIC_AA])
def test_ensure_contrast_reaches_the_minimum(colour: str, background: str,
                                             minimum: float) -> None:
    ensured = colors.ensure_contrast(colour, background, minimum)
    assert colors.contrast(ensured, background) >= minimum
    if colors.contrast(colour, background) >= minimum:
        assert ensured.name() == colour  # a colour that reads is kept as it is


def test_ensure_contrast_keeps_the_hue_and_goes_the_right_way() -> None:
    red_on_dark = colors.ensure_contrast("#c62828", "#2b2b2b")
    assert colors.luminance(red_on_dark) > colors.luminance("#c62828")  # lighter
    assert red_on_dark.hsvHue() == pytest.approx(QColor("#c62828").hsvHue(), abs=2)
    amber_on_white = colors.ensure_contrast("#ef8f00", "#ffffff")
    assert colors.luminance(amber_on_white) < colors.luminance("#ef8f00")  # darker


def test_readable_on_prefers_the_given_colours() -> None:
    assert colors.readable_on("#1e1e1e", "#263238", "#e6e6e6").name() == "#e6e6e6"
    assert colors.readable_on("#ffffff", "#263238", "#e6e6e6").name() == "#263238"
    assert colors.readable_on("#1b5e20").name() == "#ffffff"
    assert colors.readable_on("#f2a007").name() == "#000000"
    # none reads: the first, made to read
    assert colors.contrast(colors.readable_on("#c62828", "#000000"), "#c62828") >= 4.5


def test_a_palette_is_dark_when_its_window_is_darker_than_its_text() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    assert colors.is_dark(dark)
    assert not colors.is_dark(light)


def test_muted_text_reads_in_both_palettes() -> None:
    for window, text in (("#efefef", "#000000"), ("#2b2b2b", "#e6e6e6")):
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Window, QColor(window))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(text))
        grey = colors.muted(pal)
        assert colors.contrast(grey, window) >= 4.5
        assert colors.contrast(grey, window) < colors.contrast(text, window)  # secondary


def test_over_composites_a_translucent_colour() -> None:
    assert colors.over(QColor(255, 255, 255, 0), "#000000").name() == "#000000"
    assert colors.over(QColor(255, 255, 255, 255), "#000000").name() == "#ffffff"
    assert colors.over(QColor(0, 0, 0, 128), "#ffffff").name() == "#7f7f7f"
