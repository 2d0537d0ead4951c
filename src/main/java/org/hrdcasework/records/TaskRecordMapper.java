package org.hrdcasework.records;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskRecordMapper {

    void insert(TaskRecord record);

    /** Records whose answers hold any of {@code fields} (a top-level key of the JSON). */
    List<TaskRecord> findWithAnswers(@Param("fields") Collection<String> fields);

    void updateAnswersAndNotes(@Param("id") java.util.UUID id, @Param("answers") String answers,
                               @Param("sensitiveEnc") byte[] sensitiveEnc);

    /** Records of a case, oldest first, only if the case belongs to one of {@code missions}. */
    List<TaskRecord> findByCaseReference(@Param("reference") String reference,
                                         @Param("missions") Collection<String> missions);

    /** Records of a standing duty (relationship, visit, report...), oldest first, within {@code missions}. */
    List<TaskRecord> findByDutyReference(@Param("reference") String reference,
                                         @Param("missions") Collection<String> missions);
}
