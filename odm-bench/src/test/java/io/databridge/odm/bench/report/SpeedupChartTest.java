package io.databridge.odm.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SpeedupChartTest {

    @Test
    void drawsOneLineWithAPointPerSizeForEachNonBaselineContestant() throws Exception {
        String svg = SpeedupChart.render(ResultTable.of(ReportFixtures.twoContestants()).getFirst());

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        var lines = document.getElementsByTagName("polyline");
        assertEquals(1, lines.getLength(), "morphia only; hand-codec is the baseline");
        assertEquals(2, ((Element) lines.item(0)).getAttribute("points").split(" ").length);
        assertEquals(2, document.getElementsByTagName("circle").getLength());
        assertTrue(svg.contains(">morphia</text>"));
        assertTrue(svg.contains(">hand-codec (= 1)</text>"));
    }

    @Test
    void placesLargerSizesFurtherRightOnALogScale() throws Exception {
        String svg = SpeedupChart.render(ResultTable.of(ReportFixtures.twoContestants()).getFirst());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var circles = document.getElementsByTagName("circle");
        double x10 = Double.parseDouble(((Element) circles.item(0)).getAttribute("cx"));
        double x1000 = Double.parseDouble(((Element) circles.item(1)).getAttribute("cx"));
        double y10 = Double.parseDouble(((Element) circles.item(0)).getAttribute("cy"));
        double y1000 = Double.parseDouble(((Element) circles.item(1)).getAttribute("cy"));
        assertTrue(x1000 > x10);
        assertTrue(y10 < y1000, "ratio 2.0 is drawn above ratio 1.5");
    }

    @Test
    void drawsAWorkloadThatRanAtOneSizeOnly() throws Exception {
        var table = ResultTable.of(ReportFixtures.partialWriteWorkload()).get(1);
        String svg = SpeedupChart.render(table);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, document.getElementsByTagName("polyline").getLength(), "morphia; data-bridge is the baseline");
        assertEquals(1, document.getElementsByTagName("circle").getLength());
        assertTrue(svg.contains("mixed-bulk user: speedup of data-bridge by N"));
    }
}
