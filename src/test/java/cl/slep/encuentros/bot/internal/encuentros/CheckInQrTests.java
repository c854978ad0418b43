package cl.slep.encuentros.bot.internal.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The picture of the check-in link: a PNG a camera reads back to exactly the link. */
class CheckInQrTests {

    static final String LINK = "https://t.me/EncuentrosSlepBot?start=ci_AbCdEfGh_jKlMn-p";

    @Test
    void thePngDecodesBackToTheDeepLink() throws Exception {
        Result decoded = decode(CheckInQr.png(LINK));

        assertThat(decoded.getText()).isEqualTo(LINK);
        assertThat(decoded.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void itIsLargeEnoughToProjectWithAQuietZone() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CheckInQr.png(LINK)));

        assertThat(image.getWidth()).isEqualTo(CheckInQr.SIZE);
        assertThat(image.getHeight()).isEqualTo(CheckInQr.SIZE);
        assertThat(image.getRGB(5, 5) & 0xFFFFFF).as("a white border around the code").isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(CheckInQr.SIZE / 2, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    /** Decodes a PNG of a QR code as a phone's camera app would. */
    static Result decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
    }
}
