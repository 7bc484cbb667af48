package com.perftarget.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A file sent as a browser sends it: multipart/form-data, in the part {@code file}, with its name. */
public final class Uploads {

    private Uploads() {
    }

    public static ResponseEntity<String> upload(TestRestTemplate http, String user, String path, byte[] file,
                                                String filename) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(parts, headers), String.class);
    }
}
