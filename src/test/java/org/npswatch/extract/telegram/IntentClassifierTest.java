package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npswatch.extract.telegram.IntentClassifier.Example;
import org.npswatch.model.Intent;

class IntentClassifierTest {
    private static final int FOLDS = 5;

    /**
     * Precision/recall table by 5-fold cross-validation over the shipped labelled set: every
     * message is classified by a model that never saw it. The aim of issue 3 is macro-F1 >= 0.90.
     */
    @Test
    void crossValidatedMacroF1OnTheLabelledSetIsAtLeastNinety() {
        List<Example> all = IntentClassifier.shippedExamples();
        int[][] confusion = new int[3][3];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (i % FOLDS == fold ? test : train).add(all.get(i));
            }
            IntentClassifier c = IntentClassifier.train(train);
            for (Example e : test) {
                confusion[e.intent().ordinal()][c.classify(e.text()).ordinal()]++;
            }
        }
        double macroF1 = 0;
        StringBuilder table = new StringBuilder("intent     precision recall  f1\n");
        for (Intent k : Intent.values()) {
            int i = k.ordinal();
            int tp = confusion[i][i];
            int predicted = confusion[0][i] + confusion[1][i] + confusion[2][i];
            int actual = confusion[i][0] + confusion[i][1] + confusion[i][2];
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = actual == 0 ? 0 : tp / (double) actual;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            macroF1 += f1 / 3;
            table.append(String.format("%-10s %.3f     %.3f   %.3f%n", k, p, r, f1));
        }
        table.append(String.format("macro-F1 %.3f over %d messages%n", macroF1, all.size()));
        System.out.print(table);
        assertTrue(macroF1 >= 0.90, table.toString());
    }

    @Test
    void classifiesTypicalPostsItWasNotTrainedOn() {
        IntentClassifier c = IntentClassifier.standard();
        assertEquals(Intent.OFFER, c.classify("🐴 Ketamine 1g 30 | 3g 80\n❄️ Coke 1g 60\nBezorging Zaandam en Purmerend 🚗"));
        assertEquals(Intent.OFFER, c.classify("MDMA pillen Blue Tesla 10 stuks 35 euro, 100 stuks 250. Verzending heel NL"));
        assertEquals(Intent.REQUEST, c.classify("Zoek iemand die 2 gram coke kan brengen in Alkmaar, vandaag nog"));
        assertEquals(Intent.REQUEST, c.classify("anyone selling ketamine in Rotterdam? need 5g"));
        assertEquals(Intent.OTHER, c.classify("Let op: @plug_ams is een scammer, niks geleverd na betaling"));
        assertEquals(Intent.OTHER, c.classify("Goedenavond iedereen, fijne avond nog 🍻"));
    }

    @Test
    void badLabelNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IntentClassifier.parse("set.tsv", "# comment\noffer\tcoke 1g 60\nsale\tpillen 10 voor 40\n"));
        assertEquals("set.tsv:3: unknown label 'sale' (offer, request or other)", e.getMessage());
    }
}
