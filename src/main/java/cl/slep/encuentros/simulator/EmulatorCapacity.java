package cl.slep.encuentros.simulator;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much the emulator keeps in the heap, so that a long demo, a benchmark or a careless client cannot exhaust
 * it. The defaults hold a benchmark's hundreds of thousands of calls and refuse what Telegram would refuse.
 *
 * @param maxBots          bot tokens the emulator serves; a new token beyond it is answered 401 Unauthorized,
 *                         as Telegram answers a token it does not know
 * @param maxRecordedCalls recorded calls kept per bot; the oldest are forgotten first
 * @param maxRecordedSize  approximate heap the recorded calls of one bot may take; the oldest are forgotten first
 * @param maxRequestSize   a request body that is not a file upload (JSON, form); a larger one is answered 413
 *                         before it is read
 * @param maxDocumentSize  a sendDocument upload (Telegram: 50 MB)
 * @param maxPhotoSize     a sendPhoto upload (Telegram: 10 MB)
 */
public record EmulatorCapacity(
        @DefaultValue("100") int maxBots,
        @DefaultValue("200000") int maxRecordedCalls,
        @DefaultValue("64MB") DataSize maxRecordedSize,
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("50MB") DataSize maxDocumentSize,
        @DefaultValue("10MB") DataSize maxPhotoSize) {

    public EmulatorCapacity {
        if (maxBots < 1 || maxRecordedCalls < 1) {
            throw new IllegalArgumentException("the emulator must hold at least one bot and one recorded call");
        }
    }

    public static EmulatorCapacity defaults() {
        return new EmulatorCapacity(100, 200_000, DataSize.ofMegabytes(64), DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(50), DataSize.ofMegabytes(10));
    }

    public EmulatorCapacity withMaxBots(int bots) {
        return new EmulatorCapacity(bots, maxRecordedCalls, maxRecordedSize, maxRequestSize, maxDocumentSize, maxPhotoSize);
    }

    public EmulatorCapacity withRecorded(int calls, DataSize size) {
        return new EmulatorCapacity(maxBots, calls, size, maxRequestSize, maxDocumentSize, maxPhotoSize);
    }
}
