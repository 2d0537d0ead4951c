package org.hrdcasework.system.tasklist;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What a task's card shows beside the engine's variables. */
@Mapper
interface TaskCardMapper {

    /** The code name of the defender of the case or relationship with this reference in this mission; null if none. */
    String codeName(@Param("reference") String reference, @Param("mission") String mission);
}
