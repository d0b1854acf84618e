package io.zonewarden.capture.dissect.dnp3;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives DNP3 link frames and application fragments. */
public interface Dnp3Sink extends DissectorSink {
    /**
     * One data link frame.
     *
     * @param fromMaster the DIR bit: set on frames sent by the master
     * @param linkFunction the link function code (low 4 bits of the control octet)
     */
    void dnp3Link(int source, int destination, boolean fromMaster, boolean primary, int linkFunction);

    /**
     * One complete application fragment.
     *
     * @param function the application function code (see {@link Dnp3Function#of})
     * @param iin the internal indications of a response, else -1
     */
    void dnp3Application(int function, int iin);
}
