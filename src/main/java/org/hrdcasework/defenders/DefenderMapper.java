package org.hrdcasework.defenders;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface DefenderMapper {

    void insert(DefenderRecord defender);
}
