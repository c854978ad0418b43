package cl.slep.encuentros.simulator;

import java.util.Map;

/**
 * The parameters of one Bot API call, whatever the encoding it came in.
 *
 * @param params text and JSON parameters, as they arrived
 * @param files  uploaded file parts by part name
 */
record ApiRequest(Map<String, Object> params, Map<String, UploadedFile> files) {

    ApiRequest {
        params = Map.copyOf(params);
        files = Map.copyOf(files);
    }

    static ApiRequest of(Map<String, Object> params) {
        return new ApiRequest(params, Map.of());
    }
}
